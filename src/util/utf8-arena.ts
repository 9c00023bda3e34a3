/**
 * Encodes many short strings as UTF-8 into a few large buffers, returning a view of each.
 * Bytes in an ArrayBuffer lie outside the JavaScript heap, so holding thousands of them
 * costs the garbage collector nothing per byte, where the same text held as strings (or as
 * the objects it was made from) is copied and marked on every collection it survives.
 */
export class Utf8Arena {
  #chunk: Buffer = Buffer.alloc(0);
  #used = 0;

  /**
   * @param spareChunk a buffer of `chunkBytes` to use for the next chunk, if one is at hand
   *   (see check/reader.ts: memory already touched costs no page faults to write).
   */
  constructor(
    private readonly chunkBytes = 1 << 20,
    private readonly spareChunk?: () => Buffer | undefined,
  ) {}

  encode(text: string): Uint8Array {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    const most = text.length * 3;
    if (this.#chunk.length - this.#used < most) {
      const spare = most <= this.chunkBytes ? this.spareChunk?.() : undefined;
      this.#chunk = spare ?? Buffer.allocUnsafeSlow(Math.max(this.chunkBytes, most));
      this.#used = 0;
    }
    const start = this.#used;
    this.#used += this.#chunk.write(text, start, 'utf8');
    return this.#chunk.subarray(start, this.#used);
  }
}
