import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/util/suggest.js';

describe('did you mean', () => {
  it('counts two swapped neighbouring letters as one typo', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(didYouMean('titel', ['title', 'name', 'department'])).toBe(' (did you mean "title"?)');
    expect(didYouMean('marai', ['maria', 'tom'])).toBe(' (did you mean "maria"?)');
  });

  it('property: a distance, symmetric, zero only for equal words, one for a swap', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 12 }), fc.nat(), (text, at) => {
        const chars = [...text];
        const i = at % (chars.length - 1);
        if (chars[i] === chars[i + 1]) return;
        const swapped = [...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join('');
        expect(editDistance(chars.join(''), swapped)).toBe(1);
      }),
    );
  });
});
