// The standard input device of `minierl run`: synchronous reads from fd 0 (a script reading its
// input blocks the VM while it waits, which for escript-style programs is what the user expects).
// Bytes become latin1 characters, as on escript's standard_io.
// TODO(#8): asynchronous input, so other processes keep running while one waits for a line.

import { readSync } from 'node:fs';
import type { InputDevice } from '../vm/runtime.js';

export class SyncStdin implements InputDevice {
  private buf: number[] = [];
  private eof = false;

  constructor(private readonly fd: number = 0) {}

  private fill(): boolean {
    if (this.eof) return false;
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
    if (n === 0) {
      this.eof = true;
      return false;
    }
    for (let i = 0; i < n; i++) this.buf.push(chunk[i]);
    return true;
  }

  getLine(): number[] | null {
    for (;;) {
      const nl = this.buf.indexOf(10);
      if (nl >= 0) return this.buf.splice(0, nl + 1);
      if (!this.fill()) {
        if (this.buf.length === 0) return null;
        return this.buf.splice(0, this.buf.length);
      }
    }
  }

  unread(chars: number[]): void {
    this.buf.unshift(...chars);
  }

  getChars(n: number): number[] | null {
    while (this.buf.length < n && this.fill());
    if (this.buf.length === 0) return null;
    return this.buf.splice(0, n);
  }
}
