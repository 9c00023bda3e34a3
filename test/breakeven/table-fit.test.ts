import { describe, expect, it } from 'vitest';
import { cutToWidth, fitToWidth, leftOutNote, shown } from '../../src/text/terminal-table.js';
import { displayWidth } from '../../src/text/display-width.js';

/** A "table" of one line: a name cut to the limit, then a run of its own letter per column, as wide as given. */
const render = (name: string, widths: number[]) => (hidden: ReadonlySet<number>, limit: number) =>
  [cutToWidth(name, limit), ...shown(widths.map((w, i) => String.fromCharCode(98 + i).repeat(w)), hidden)].join(' ');

describe('fitToWidth', () => {
  const name = 'n'.repeat(20);
  const table = render(name, [10, 20, 5]);

  it('leaves everything whole without a width, or when it fits', () => {
    expect(fitToWidth(table, [1, 0], undefined, 20)).toEqual({ text: table(new Set(), Infinity), hidden: [] });
    expect(fitToWidth(table, [1, 0], 58, 20)).toEqual({ text: table(new Set(), Infinity), hidden: [] });
  });

  it('leaves out columns in the order given, and only as many as it takes', () => {
    expect(fitToWidth(table, [1, 0], 57, 20).hidden).toEqual([1]);
    expect(fitToWidth(table, [1, 0], 26, 20)).toEqual({ text: `${name} ${'d'.repeat(5)}`, hidden: [1, 0] });
  });

  it('cuts a long name before it leaves out any column, then cuts it further when the columns run out', () => {
    const long = render('x'.repeat(40), [10, 5]);
    expect(fitToWidth(long, [0], 45, 40)).toEqual({ text: `${'x'.repeat(17)}…${'x'.repeat(10)} ${'b'.repeat(10)} ${'c'.repeat(5)}`, hidden: [] });
    const tight = fitToWidth(long, [0], 20, 40);
    expect(tight.hidden).toEqual([0]);
    expect(displayWidth(tight.text)).toBeLessThanOrEqual(20);
  });
});

describe('cutToWidth', () => {
  it('keeps both ends of a name, and the end of a path', () => {
    expect(cutToWidth('Acme Corporation International — East', 20)).toBe('Acme Corpora… — East');
    expect(cutToWidth('Acme Corporation International — East', 20)).not.toBe(cutToWidth('Acme Corporation International — West', 20));
    expect(cutToWidth('plans/enterprise/copper-kettle-coffee.yaml', 24, 'end')).toBe(`…${'plans/enterprise/copper-kettle-coffee.yaml'.slice(-23)}`);
    expect(cutToWidth('short', 20)).toBe('short');
  });

  it('never cuts inside a character: an emoji with its joiners, a letter with its marks, a wide character', () => {
    for (const text of ['Family 👨‍👩‍👧‍👦 Coffee Roasters Worldwide', 'क्षत्रिय क्षत्रिय क्षत्रिय क्षत्रिय', '東京コーヒー焙煎所株式会社 本社営業部', 'Çağla A.Ş. Ğüneş İçecek Ürünleri']) {
      for (let limit = 2; limit < 30; limit++) {
        const cut = cutToWidth(text, limit);
        expect(displayWidth(cut), `${text} at ${limit}`).toBeLessThanOrEqual(limit);
        const [head = '', tail = ''] = cut.split('…');
        expect(text.startsWith(head) && text.endsWith(tail), `${cut} is ${text} cut`).toBe(true);
        // Whole graphemes only: the kept parts begin and end on grapheme boundaries of the text.
        const boundaries = new Set([0, ...Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.index + s.segment.length)]);
        expect(boundaries.has(head.length) && boundaries.has(text.length - tail.length), `${cut} splits a character of ${text}`).toBe(true);
      }
    }
  });
});

describe('leftOutNote', () => {
  it('names what was left out', () => {
    expect(leftOutNote(['plan', 'ROI\n(term)', 'MRR'], [1, 2], 'widen it')).toBe('ROI (term), MRR left out to fit the terminal; widen it');
    expect(leftOutNote(['plan'], [], 'widen it')).toBeUndefined();
  });
});
