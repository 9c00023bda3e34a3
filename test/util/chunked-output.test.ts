import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeInChunks } from '../../src/util/chunked-output.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

describe('writeInChunks', () => {
  it('writes exactly the pieces, text or bytes, in few chunks that are each valid UTF-8', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 40_000 }), fc.string({ unit: 'binary', maxLength: 40_000 }).map((s) => new Uint8Array(Buffer.from(s))));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const chunks: Uint8Array[] = [];
        writeInChunks(pieces, (chunk) => chunks.push(chunk) > 0 && false);
        // fatal decoding throws on a chunk that ends inside a character
        const text = pieces.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))).join('');
        expect(chunks.map((chunk) => decoder.decode(chunk)).join('')).toBe(text);
        expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('joins many small pieces into chunks of about 64 KB', () => {
    const pieces = Array.from({ length: 10_000 }, (_, i) => `{"file": "plans/çiçek-${i}.yaml"}\n`);
    const sizes: number[] = [];
    writeInChunks(pieces, (chunk) => sizes.push(chunk.length) > 0);
    expect(sizes.length).toBeLessThan(10);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(pieces.join('')));
  });

  it('never reuses a buffer the receiver kept, and reuses one it is done with', () => {
    // Pieces of 20,000 characters go through the buffer, one chunk each.
    const pieces = [...'abcdef'].map((letter) => letter.repeat(20_000));
    const kept: Uint8Array[] = [];
    writeInChunks(pieces, (chunk) => kept.push(chunk) > 0 && false);
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.map((chunk) => Buffer.from(chunk).toString()).join('')).toBe(pieces.join(''));
    const buffers = new Set<ArrayBufferLike>();
    writeInChunks(pieces, (chunk) => buffers.add(chunk.buffer).size > 0);
    expect(buffers.size).toBe(1);
  });

  it('is done with each piece of bytes before taking the next, so a producer may reuse its buffer', () => {
    // One buffer, refilled for every piece, as the cache's read window is; one piece is larger than a chunk.
    const shared = Buffer.alloc(100_000);
    const sizes = [10, 70_000, 30_000, 100_000, 5];
    function* reused() {
      for (const [i, size] of sizes.entries()) yield shared.fill(65 + i, 0, size).subarray(0, size);
    }
    const kept: Uint8Array[] = [];
    writeInChunks(reused(), (chunk) => kept.push(chunk) > 0 && false);
    expect(Buffer.concat(kept).toString()).toBe(sizes.map((size, i) => String.fromCharCode(65 + i).repeat(size)).join(''));
  });

  it('writes nothing for no pieces', () => {
    const chunks: Uint8Array[] = [];
    writeInChunks([], (chunk) => chunks.push(chunk) > 0);
    expect(chunks).toEqual([]);
  });
});
