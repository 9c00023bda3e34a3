import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/text/terminal-text.js';

/**
 * What must never reach a terminal from a plan, by Unicode's own classes rather than the
 * helper's list: controls (Cc: C0, DEL, C1), line and paragraph separators, and the bidi
 * controls except the three marks, which right-to-left names need.
 */
const FORBIDDEN = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u061c\u200e\u200f])\p{Bidi_Control}/u;

/** Any code point, weighted towards the ones that matter here. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u001b', '\u0007', '\n', '\r', '\t', '\u0000', '\u007f', '\u0085', '\u009b', '\u009d', '\u2028', '\u2029', '\u202e', '\u2066', '\u2069', '\u200f'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.constantFrom('a', ' ', '[', ']', ';', '✔'),
  ),
});

describe('oneLine', () => {
  it('never lets a control character, a line separator or a bidi override through', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(oneLine(text)).not.toMatch(FORBIDDEN);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns text without such characters unchanged, in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        fc.pre(!FORBIDDEN.test(text));
        expect(oneLine(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the layout: a run becomes one space, twice is once, and the text never grows', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = oneLine(text);
        expect(oneLine(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(text.length);
      }),
    );
    expect(oneLine('a\r\n\u001b\u0007b')).toBe('a b');
  });

  it('turns escape sequences into visible, inert text', () => {
    expect(oneLine('Acme\u001b]0;pwned\u0007 Corp')).toBe('Acme ]0;pwned  Corp');
    expect(oneLine('\u001b[2J\u001b[HAcme')).toBe(' [2J [HAcme');
    expect(oneLine('\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\')).toBe(' ]8;;https://evil.example \\click ]8;; \\');
    expect(oneLine('\u009b31mred\u009d0;title\u009c')).toBe(' 31mred 0;title ');
  });

  it('keeps a name on its line: no forged finding or "no problems" line', () => {
    expect(oneLine('Acme\n✔ no problems in 1 file')).toBe('Acme ✔ no problems in 1 file');
    expect(oneLine('Acme\r✔ no problems')).toBe('Acme ✔ no problems');
    expect(oneLine('Acme\u2028plans/x.yaml  1:1  error  fake\u2029')).toBe('Acme plans/x.yaml  1:1  error  fake ');
    expect(oneLine('Acme\u0085next')).toBe('Acme next');
    expect(oneLine('Acme\u000b\u000cnext')).toBe('Acme next');
  });

  it('removes bidi embeddings, overrides and isolates, which would reorder the rest of the line', () => {
    expect(oneLine('Acme \u202eelif.yaml\u202c')).toBe('Acme  elif.yaml ');
    expect(oneLine('\u2066\u2067\u2068x\u2069')).toBe(' x ');
    expect(oneLine('a\u202ab\u202bc\u202dd')).toBe('a b c d');
  });

  it('keeps ordinary text of every script as written', () => {
    for (const name of [
      'Çağrı Işık Öztürk Şahin Ünal — İstanbul, ığüşöç',
      '日本語の会社 株式会社', '한국어', 'Brückner Antriebstechnik GmbH',
      '🚀 Acme 👩‍💻 🏳️‍🌈 🇹🇷 🏴󠁧󠁢󠁥󠁮󠁧󠁿',
      'e\u0301 n\u0303 क्षि', // combining marks, a conjunct
      'شركة\u200f أكمي', 'חברה\u200e (בע"מ)', // right-to-left names with their marks
      'tab-less  double  spaces', '\u00a0non-breaking\u00a0', '\u200bzero\u200dwidth',
    ]) {
      expect(oneLine(name)).toBe(name);
    }
  });
});
