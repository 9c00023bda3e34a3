import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ablative, accusative, count, dative, genitive, locative } from '../../src/i18n/turkish.js';

/*
 * Case endings after a name follow the name's last vowel as it is said (vowel harmony)
 * and its last sound (a buffer n/y after a vowel, t for d after f s t k ç ş h p). The
 * table is what a Turkish writer puts; the properties hold for every name.
 */

describe('Turkish case endings after a name', () => {
  it.each([
    // name, genitive, accusative, dative, locative, ablative
    ['Ali', "Ali'nin", "Ali'yi", "Ali'ye", "Ali'de", "Ali'den"],
    ['Omar', "Omar'ın", "Omar'ı", "Omar'a", "Omar'da", "Omar'dan"],
    ['İstanbul', "İstanbul'un", "İstanbul'u", "İstanbul'a", "İstanbul'da", "İstanbul'dan"],
    ['Hakan Öztürk', "Hakan Öztürk'ün", "Hakan Öztürk'ü", "Hakan Öztürk'e", "Hakan Öztürk'te", "Hakan Öztürk'ten"],
    ['Pendik', "Pendik'in", "Pendik'i", "Pendik'e", "Pendik'te", "Pendik'ten"],
    ['Aylin Koç', "Aylin Koç'un", "Aylin Koç'u", "Aylin Koç'a", "Aylin Koç'ta", "Aylin Koç'tan"],
    ['Hana Kobayashi', "Hana Kobayashi'nin", "Hana Kobayashi'yi", "Hana Kobayashi'ye", "Hana Kobayashi'de", "Hana Kobayashi'den"],
    ['Bruno', "Bruno'nun", "Bruno'yu", "Bruno'ya", "Bruno'da", "Bruno'dan"],
    // A final y after a consonant is said as i; é as e.
    ['Kennedy', "Kennedy'nin", "Kennedy'yi", "Kennedy'ye", "Kennedy'de", "Kennedy'den"],
    ['José', "José'nin", "José'yi", "José'ye", "José'de", "José'den"],
    // Numbers by their Turkish words: iki, yüz yirmi, iki bin, üç, kırk.
    ['Grup 2', "Grup 2'nin", "Grup 2'yi", "Grup 2'ye", "Grup 2'de", "Grup 2'den"],
    ['120', "120'nin", "120'yi", "120'ye", "120'de", "120'den"],
    ['2.000', "2.000'in", "2.000'i", "2.000'e", "2.000'de", "2.000'den"],
    ['3', "3'ün", "3'ü", "3'e", "3'te", "3'ten"],
    ['40', "40'ın", "40'ı", "40'a", "40'ta", "40'tan"],
    // Acronyms by their letters' names: te-ha-ye, a-be-de.
    ['THY', "THY'nin", "THY'yi", "THY'ye", "THY'de", "THY'den"],
    ['ABD', "ABD'nin", "ABD'yi", "ABD'ye", "ABD'de", "ABD'den"],
  ])('%s', (name, gen, acc, dat, loc, abl) => {
    expect([genitive(name), accusative(name), dative(name), locative(name), ablative(name)]).toEqual([gen, acc, dat, loc, abl]);
  });

  const turkishWord = fc
    .array(fc.constantFrom(...'abcçdefgğhıijklmnoöprsştuüvz'), { minLength: 1, maxLength: 12 })
    .map((letters) => letters.join(''))
    // No y: a final y after a consonant is said as i (Kennedy), which the table covers.
    .filter((word) => /[aeıioöuü]/.test(word));
  const lastVowel = (word: string) => [...word].reverse().find((letter) => 'aeıioöuü'.includes(letter))!;

  it('keeps the name as written and adds one ending after an apostrophe', () => {
    fc.assert(
      fc.property(turkishWord, (word) => {
        for (const form of [genitive, accusative, dative, locative, ablative]) {
          const said = form(word);
          expect(said.startsWith(`${word}'`)).toBe(true);
          expect(said.slice(word.length + 1)).toMatch(/^[a-zçğıöşü]{1,4}$/);
        }
      }),
    );
  });

  it('picks the ending vowel by the last vowel of the name (front with front, round with round)', () => {
    const fourWay: Record<string, string> = { a: 'ı', ı: 'ı', e: 'i', i: 'i', o: 'u', u: 'u', ö: 'ü', ü: 'ü' };
    fc.assert(
      fc.property(turkishWord, (word) => {
        const vowel = lastVowel(word);
        expect(genitive(word).at(-2)).toBe(fourWay[vowel]);
        expect(accusative(word).at(-1)).toBe(fourWay[vowel]);
        expect(dative(word).at(-1)).toBe('aıou'.includes(vowel) ? 'a' : 'e');
      }),
    );
  });

  it('takes a buffer consonant after a final vowel, and t for d after a voiceless one', () => {
    fc.assert(
      fc.property(turkishWord, (word) => {
        const last = word.at(-1)!;
        const vowelEnd = 'aeıioöuü'.includes(last);
        expect(genitive(word).slice(word.length + 1).startsWith('n')).toBe(vowelEnd);
        expect(dative(word).slice(word.length + 1).startsWith('y')).toBe(vowelEnd);
        expect(locative(word).slice(word.length + 1)[0]).toBe('fstkçşhp'.includes(last) ? 't' : 'd');
      }),
    );
  });

  it('writes whole numbers as Turkish does in text', () => {
    expect(count(10000)).toBe('10.000');
    expect(count(120)).toBe('120');
  });
});
