import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fsPath, pathFromBytes, visiblePath } from '../../src/files/path-bytes.js';

const asBytes = (path: string | Buffer) => (typeof path === 'string' ? Buffer.from(path) : path);

describe('paths whose names are not UTF-8', () => {
  it('a path read from any bytes names exactly those bytes again', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(asBytes(fsPath(pathFromBytes(bytes))).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
  });

  it('bytes that differ give paths that differ', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), fc.uint8Array({ maxLength: 16 }), (a, b) => {
        fc.pre(!Buffer.from(a).equals(Buffer.from(b)));
        expect(pathFromBytes(a)).not.toBe(pathFromBytes(b));
      }),
    );
  });

  it('UTF-8 is read as its text, and such a path is passed on unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(pathFromBytes(Buffer.from(text))).toBe(text);
        expect(fsPath(text)).toBe(text);
        expect(visiblePath(text)).toBe(text);
      }),
    );
  });

  it('keeps bytes apart exactly when they are not UTF-8, as the strict UTF-8 decoder decides', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const isUtf8 = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const nearlyUtf8 = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }).map((s) => [...Buffer.from(s)]), fc.uint8Array({ minLength: 1, maxLength: 2 }).map((b) => [...b]))).map((parts) => new Uint8Array(parts.flat()));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 32 }), nearlyUtf8), (bytes) => {
        expect(/[\uDC80-\uDCFF]/u.test(pathFromBytes(bytes))).toBe(!isUtf8(bytes));
      }),
    );
  });

  it('shows each byte that is not UTF-8 as \\xHH', () => {
    const path = pathFromBytes(Buffer.from([0x61, 0xff, 0x2f, 0xc3, 0xa9, 0xc3, 0x2e, 0x79]));
    expect(path).toBe('a\uDCFF/é\uDCC3.y');
    expect(visiblePath(path)).toBe('a\\xFF/é\\xC3.y');
    // An overlong encoding, a surrogate and a code point beyond U+10FFFF are not UTF-8 either.
    expect(visiblePath(pathFromBytes(Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80])))).toBe('\\xC0\\xAF\\xED\\xA0\\x80\\xF4\\x90\\x80\\x80');
  });
});
