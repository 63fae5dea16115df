// The standard input devices. Bytes become latin1 characters, as on escript's standard_io.
// - AsyncStdin (`minierl run`, `-noshell`): reads fd 0 through process.stdin on demand; a process
//   that finds no complete line waits (Runtime.awaitInput) while other processes and timers run.
// - SyncStdin (the piped shell, whose own expression reader shares the stream): blocking reads.

import { readSync } from 'node:fs';
import type { InputDevice } from '../vm/runtime.js';

/** What both devices share: the bytes read ahead, and how lines and characters are cut from them. */
abstract class BufferedInput {
  protected buf: number[] = [];
  protected eof = false;

  /** A complete line, the rest at end of input, null at end, or undefined: more is needed. */
  protected takeLine(): number[] | null | undefined {
    const nl = this.buf.indexOf(10);
    if (nl >= 0) return this.buf.splice(0, nl + 1);
    if (!this.eof) return undefined;
    return this.buf.length === 0 ? null : this.buf.splice(0, this.buf.length);
  }

  protected takeChars(n: number): number[] | null | undefined {
    if (this.buf.length < n && !this.eof) return undefined;
    if (this.buf.length === 0) return null;
    return this.buf.splice(0, n);
  }

  protected push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) this.buf.push(chunk[i]);
  }

  unread(chars: number[]): void {
    this.buf.unshift(...chars);
  }
}

export class SyncStdin extends BufferedInput implements InputDevice {
  constructor(private readonly fd: number = 0) {
    super();
  }

  private fill(): void {
    const chunk = Buffer.alloc(65536);
    let n = 0;
    for (;;) {
      try {
        n = readSync(this.fd, chunk, 0, chunk.length, null);
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        if (code === 'EOF') break;
        throw e;
      }
    }
    if (n === 0) this.eof = true;
    else this.push(chunk.subarray(0, n));
  }

  getLine(): number[] | null {
    for (;;) {
      const line = this.takeLine();
      if (line !== undefined) return line;
      this.fill();
    }
  }

  getChars(n: number): number[] | null {
    for (;;) {
      const chars = this.takeChars(n);
      if (chars !== undefined) return chars;
      this.fill();
    }
  }
}

export class AsyncStdin extends BufferedInput implements InputDevice {
  private stream: NodeJS.ReadStream | null = null;
  private ready: (() => void) | null = null;

  getLine(): number[] | null | undefined {
    return this.takeLine();
  }

  getChars(n: number): number[] | null | undefined {
    return this.takeChars(n);
  }

  /** Reads the next chunk (process.stdin flows only while someone waits), then calls `ready`. */
  awaitInput(ready: () => void): void {
    if (this.eof) {
      queueMicrotask(ready);
      return;
    }
    this.ready = ready;
    if (this.stream === null) {
      const s = process.stdin;
      this.stream = s;
      s.on('data', (chunk: Buffer) => {
        this.push(chunk);
        s.pause();
        this.signal();
      });
      s.on('end', () => {
        this.eof = true;
        this.signal();
      });
      // A read error (EIO on a closed terminal, say) ends the input as escript's does.
      s.on('error', () => {
        this.eof = true;
        this.signal();
      });
    }
    this.stream.resume();
  }

  private signal(): void {
    const r = this.ready;
    this.ready = null;
    r?.();
  }

  /** Stops reading, so a pending read does not keep the host alive once the VM has finished. */
  close(): void {
    if (this.stream !== null && !this.eof) this.stream.destroy();
  }
}
