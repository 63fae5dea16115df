// The standard output device of `minierl run`: a latin1 device, like escript's. Characters above
// 255 are written as \x{H...}, as OTP writes them to a latin1 device. Output is buffered and
// written synchronously, so it is complete and in order when the program exits.

import { writeSync } from 'node:fs';
import type { OutputDevice } from '../vm/runtime.js';

const FLUSH_AT_BYTES = 1 << 16;

export class Latin1Stdout implements OutputDevice {
  private buf = Buffer.alloc(FLUSH_AT_BYTES * 2);
  private len = 0;

  constructor(private readonly fd: number = 1) {}

  putChars(chars: ArrayLike<number>): void {
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c < 256) this.byte(c);
      else for (const b of Buffer.from(`\\x{${c.toString(16).toUpperCase()}}`, 'latin1')) this.byte(b);
    }
    if (this.len >= FLUSH_AT_BYTES) this.flush();
  }

  private byte(b: number): void {
    if (this.len === this.buf.length) this.flush();
    this.buf[this.len++] = b;
  }

  flush(): void {
    let off = 0;
    while (off < this.len) {
      try {
        off += writeSync(this.fd, this.buf, off, this.len - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // The reader has gone (`| head`): the output goes nowhere, as with BEAM.
        if (code === 'EPIPE') break;
        // A non-blocking pipe that is full: wait for the reader and try again.
        if (code !== 'EAGAIN') throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
    this.len = 0;
  }
}
