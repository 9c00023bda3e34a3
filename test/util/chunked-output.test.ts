import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeInChunks } from '../../src/util/chunked-output.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

describe('writeInChunks', () => {
  it('writes exactly the pieces, in few chunks that are each valid UTF-8', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40_000 }), { maxLength: 40 }), (pieces) => {
        const chunks: Uint8Array[] = [];
        writeInChunks(pieces, (chunk) => chunks.push(chunk), { copy: true });
        // fatal decoding throws on a chunk that ends inside a character
        expect(chunks.map((chunk) => decoder.decode(chunk)).join('')).toBe(pieces.join(''));
        expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('joins many small pieces into chunks of about 64 KB', () => {
    const pieces = Array.from({ length: 10_000 }, (_, i) => `{"file": "plans/çiçek-${i}.yaml"}\n`);
    const sizes: number[] = [];
    writeInChunks(pieces, (chunk) => sizes.push(chunk.length), { copy: false });
    expect(sizes.length).toBeLessThan(10);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(pieces.join('')));
  });

  it('gives a stream its own copy of each chunk, since streams may keep what they are given', () => {
    // Pieces of 20,000 characters go through the reused buffer, one chunk each.
    const pieces = [...'abcdef'].map((letter) => letter.repeat(20_000));
    const kept: Uint8Array[] = [];
    writeInChunks(pieces, (chunk) => kept.push(chunk), { copy: true });
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.map((chunk) => Buffer.from(chunk).toString()).join('')).toBe(pieces.join(''));
  });

  it('writes nothing for no pieces', () => {
    const chunks: Uint8Array[] = [];
    writeInChunks([], (chunk) => chunks.push(chunk), { copy: true });
    expect(chunks).toEqual([]);
  });
});
