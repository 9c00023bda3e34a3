import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Arena } from '../../src/util/utf8-arena.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const decodeAll = (views: Uint8Array[]) => views.map(decode);

describe('Utf8Arena', () => {
  it('gives back each string as its own UTF-8 bytes, across chunks and past the chunk size', () => {
    const arena = new Utf8Arena(64);
    const texts = ['plain', 'Çağla Yılmaz — İstanbul', '😀 emoji', 'x'.repeat(200), '', 'after the big one'];
    const views = texts.map((text) => arena.encode(text));
    // Earlier views stay intact after later strings open new chunks.
    expect(views.map(decode)).toEqual(texts);
    expect(views.map((v) => v.byteLength)).toEqual(texts.map((t) => Buffer.byteLength(t)));
  });

  it('writes into a spare chunk when one is at hand, and allocates when none is or the text is too big for one', () => {
    const [spareA, spareB] = [Buffer.alloc(64), Buffer.alloc(64)];
    const spares = [spareA, spareB];
    const arena = new Utf8Arena(64, () => spares.shift());
    const texts = ['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(100)];
    const [a, b, c, d] = texts.map((text) => arena.encode(text));
    expect(a!.buffer).toBe(spareA!.buffer);
    expect(b!.buffer).toBe(spareB!.buffer);
    expect([c!.buffer, d!.buffer]).not.toContain(spareA!.buffer);
    expect([c!.buffer, d!.buffer]).not.toContain(spareB!.buffer);
    expect(decodeAll([a!, b!, c!, d!])).toEqual(texts);
  });

  it('round-trips any well-formed strings, and their bytes never overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 40 }), fc.integer({ min: 1, max: 300 }), (texts, chunkBytes) => {
        const arena = new Utf8Arena(chunkBytes);
        const views = texts.map((text) => arena.encode(text));
        expect(views.map(decode)).toEqual(texts);
        for (let i = 1; i < views.length; i++) {
          const [a, b] = [views[i - 1]!, views[i]!];
          if (a.buffer === b.buffer) expect(b.byteOffset).toBeGreaterThanOrEqual(a.byteOffset + a.byteLength);
        }
      }),
      { numRuns: 200 },
    );
  });
});
