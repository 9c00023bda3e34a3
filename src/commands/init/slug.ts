/** Letters that Unicode does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i', // dotless i (Turkish)
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ħ: 'h',
  Ħ: 'h',
  ŋ: 'ng',
  Ŋ: 'ng',
  ĸ: 'k',
};

export const MAX_SLUG_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * An account name as a safe file name: ASCII letters and digits joined by single dashes
 * (`Acme / Lojistik A.Ş.` → `acme-lojistik-as`). Latin letters lose their diacritics
 * (Turkish ı and İ included); anything else separates words. Never `..`, a slash or an
 * absolute path; at most 80 characters, cut between words. Returns '' when nothing is
 * left (the caller refuses such a name). `&` reads "and" (`harbor-and-vine`).
 */
export function slugify(name: string): string {
  const ascii = foldLetters(name)
    .replace(/&/g, ' and ')
    // An apostrophe inside a word joins it (O'Neil → oneil), and so do the dots of an
    // abbreviation (A.Ş. → as, U.S.A. → usa); anything else separates words.
    .replace(/([a-z0-9])['’]+(?=[a-z0-9])/g, '$1')
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1');
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) {
      if (slug === '') slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug;
}

/**
 * Text without case or accents, for finding a name as a person types it: `Brückner` and
 * `bruckner`, `Işık` and `isik` are the same. The letters are those slugify uses.
 */
export function foldLetters(text: string): string {
  return [...text.replace(/İ/g, 'I').normalize('NFKD')]
    .map((c) => SPECIAL_LETTERS[c] ?? c)
    .join('')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** True for a slug that `slugify` could have made; used to check `--slug`. */
export function isSlug(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(text);
}
