// A process's message queue: messages in arrival order, read by index from the oldest. An array
// with a moving head, so taking the oldest message (the common case in receive) is O(1): a plain
// Array.shift is a memmove once the queue is long (bench/spawn.erl: 100,000 queued replies made
// collecting them quadratic).

export class Mailbox {
  private items: unknown[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  /** The i-th oldest message (0 is the oldest); i must be below length. */
  get(i: number): unknown {
    return this.items[this.head + i];
  }

  push(msg: unknown): void {
    this.items.push(msg);
  }

  /** Removes the i-th oldest message. */
  removeAt(i: number): void {
    if (i !== 0) {
      this.items.splice(this.head + i, 1);
      return;
    }
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  /** Index of the oldest message satisfying `pred`, or -1. */
  findIndex(pred: (msg: unknown) => boolean): number {
    for (let i = this.head; i < this.items.length; i++) if (pred(this.items[i])) return i - this.head;
    return -1;
  }

  toArray(): unknown[] {
    return this.items.slice(this.head);
  }
}
