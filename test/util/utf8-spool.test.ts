import { chmodSync, mkdtempSync, readdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Spool, type WriteFile } from '../../src/util/utf8-spool.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Writes every text, then reads each back (each view is decoded before the next read). */
function roundTrip(spool: Utf8Spool, texts: string[]): string[] {
  const slices = texts.map((text) => spool.write(text));
  return slices.map((slice) => decode(spool.read(slice)));
}

describe('Utf8Spool', () => {
  it('gives back each string, in any order, across many spilled chunks and past the chunk size', () => {
    const spool = new Utf8Spool({ chunkBytes: 64 });
    try {
      const texts = ['plain', 'Çağla Yılmaz — İstanbul', '😀 emoji', 'x'.repeat(200), '', 'after the big one', ...Array.from({ length: 50 }, (_, i) => `finding ${i} ğüşiöç`)];
      const slices = texts.map((text) => spool.write(text));
      for (const i of [3, 0, 55, 1, 20, 5, 2, 4, 40]) expect(decode(spool.read(slices[i]!))).toBe(texts[i]);
      expect(slices.map((slice) => slice.length)).toEqual(texts.map((text) => Buffer.byteLength(text)));
    } finally {
      spool.close();
    }
  });

  it('round-trips any well-formed strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 40 }), fc.integer({ min: 1, max: 300 }), (texts, chunkBytes) => {
        const spool = new Utf8Spool({ chunkBytes });
        try {
          expect(roundTrip(spool, texts)).toEqual(texts);
        } finally {
          spool.close();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads any earlier string between writes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat()), { maxLength: 60 }), fc.integer({ min: 1, max: 200 }), (steps, chunkBytes) => {
        const spool = new Utf8Spool({ chunkBytes });
        try {
          const written: Array<[string, ReturnType<Utf8Spool['write']>]> = [];
          for (const [text, pick] of steps) {
            written.push([text, spool.write(text)]);
            const [expected, slice] = written[pick % written.length]!;
            expect(decode(spool.read(slice))).toBe(expected);
          }
        } finally {
          spool.close();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every string when the disk fills up part way', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 60 }), fc.nat({ max: 6 }), (texts, writesBeforeFull) => {
        let writes = 0;
        const writeFile: WriteFile = (fd, bytes, offset, length, position) => {
          if (++writes > writesBeforeFull) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          return writeSync(fd, bytes, offset, length, position);
        };
        const spool = new Utf8Spool({ chunkBytes: 32, writeFile });
        try {
          expect(roundTrip(spool, texts)).toEqual(texts);
        } finally {
          spool.close();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('leaves no file behind, and keeps the strings in memory where it cannot make one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cro-spool-'));
    const spool = new Utf8Spool({ chunkBytes: 32, directory: folder });
    const texts = Array.from({ length: 30 }, (_, i) => `text number ${i}`);
    expect(roundTrip(spool, texts)).toEqual(texts);
    expect(readdirSync(folder)).toEqual([]); // unlinked as soon as it was opened
    spool.close();
    spool.close();

    const missing = new Utf8Spool({ chunkBytes: 32, directory: join(folder, 'no-such-folder') });
    expect(roundTrip(missing, texts)).toEqual(texts);
    missing.close();
    if (process.getuid?.() !== 0) {
      chmodSync(folder, 0o500);
      const readOnly = new Utf8Spool({ chunkBytes: 32, directory: folder });
      expect(roundTrip(readOnly, texts)).toEqual(texts);
      readOnly.close();
    }
  });
});
