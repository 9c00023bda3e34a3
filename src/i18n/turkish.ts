/*
 * Turkish case endings on names the plan gives (Ali'nin, Omar'ı, Hana Kobayashi'ye,
 * Acme'de): Turkish writes them after an apostrophe and picks their vowel by the last
 * vowel of the name as it is said (vowel harmony). Names come from every language, so
 * the letters are read as a Turkish speaker would say them: é as e, ø as ö, a final y
 * after a consonant as i (Kennedy'nin), a number by its Turkish word (Grup 2'nin, 120'ye,
 * 2.000'in), an acronym by its letters' names (THY'nin). Pure, no imports: the catalogs
 * use it, and each catalog is a bundle of its own.
 */

type Vowel = 'a' | 'e' | 'ı' | 'i' | 'o' | 'ö' | 'u' | 'ü';

const FOREIGN: Readonly<Record<string, Vowel>> = {
  á: 'a', à: 'a', â: 'a', ä: 'e', å: 'o', ã: 'a', ą: 'a',
  é: 'e', è: 'e', ê: 'e', ë: 'e', ę: 'e', ě: 'e',
  í: 'i', ì: 'i', î: 'i', ï: 'i',
  ó: 'o', ò: 'o', ô: 'o', õ: 'o', ø: 'ö', œ: 'ö',
  ú: 'u', ù: 'u', û: 'u', ů: 'u', ű: 'ü', ő: 'ö',
  æ: 'e', ý: 'i',
};

/** How a number's Turkish word ends (its last vowel, its last sound): 2 iki, 3 üç, 40 kırk, 100 yüz, 1000 bin. */
type Said = { vowel: Vowel; end: 'vowel' | 'voiced' | 'voiceless' };
const ONES: readonly Said[] = [
  { vowel: 'ı', end: 'voiced' }, // sıfır
  { vowel: 'i', end: 'voiced' }, // bir
  { vowel: 'i', end: 'vowel' }, // iki
  { vowel: 'ü', end: 'voiceless' }, // üç
  { vowel: 'ö', end: 'voiceless' }, // dört
  { vowel: 'e', end: 'voiceless' }, // beş
  { vowel: 'ı', end: 'vowel' }, // altı
  { vowel: 'i', end: 'vowel' }, // yedi
  { vowel: 'i', end: 'voiced' }, // sekiz
  { vowel: 'u', end: 'voiced' }, // dokuz
];
const TENS: readonly Said[] = [
  { vowel: 'ı', end: 'voiced' }, // (unused)
  { vowel: 'o', end: 'voiced' }, // on
  { vowel: 'i', end: 'vowel' }, // yirmi
  { vowel: 'u', end: 'voiced' }, // otuz
  { vowel: 'ı', end: 'voiceless' }, // kırk
  { vowel: 'i', end: 'vowel' }, // elli
  { vowel: 'ı', end: 'voiceless' }, // altmış
  { vowel: 'i', end: 'voiceless' }, // yetmiş
  { vowel: 'e', end: 'voiced' }, // seksen
  { vowel: 'a', end: 'voiced' }, // doksan
];
const HUNDRED: Said = { vowel: 'ü', end: 'voiced' }; // yüz
const THOUSAND: Said = { vowel: 'i', end: 'voiced' }; // bin
const LARGE: Said = { vowel: 'o', end: 'voiced' }; // milyon
const BILLION: Said = { vowel: 'a', end: 'voiced' }; // milyar

/** The number's last word as said: 120 is "yüz yirmi", 2000 "iki bin". */
function saidNumber(digits: string): Said {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(trimmed)) return ONES[0]!;
  const zeros = /0*$/.exec(trimmed)![0].length;
  const last = (offset: number) => Number(trimmed[trimmed.length - 1 - offset]);
  if (zeros === 0) return ONES[last(0)]!;
  if (zeros === 1) return TENS[last(1)]!;
  if (zeros === 2) return HUNDRED;
  if (zeros < 6) return THOUSAND;
  return zeros < 9 ? LARGE : BILLION;
}

const VOWELS = new Set<string>(['a', 'e', 'ı', 'i', 'o', 'ö', 'u', 'ü']);
/** Consonants after which d and c harden to t and ç (fıstıkçı şahap: f s t k ç ş h p). */
const VOICELESS = new Set<string>(['f', 's', 't', 'k', 'ç', 'ş', 'h', 'p', 'q', 'x']);

interface Sound {
  vowel: Vowel;
  end: 'vowel' | 'voiced' | 'voiceless';
}

/** How the name ends when said aloud: its last vowel, and what its last sound is. */
function soundOf(name: string): Sound {
  // An acronym is said letter by letter (THY'nin, ABD'de): its last letter's name, a consonant's with e.
  const acronym = /(?:^|[^\p{L}\d])(\p{Lu}{2,})[^\p{L}\d]*$/u.exec(name.trim());
  if (acronym) {
    const last = [...acronym[1]!.toLocaleLowerCase('tr')].at(-1)!;
    return { vowel: VOWELS.has(last) ? (last as Vowel) : (FOREIGN[last] ?? 'e'), end: 'vowel' };
  }
  const letters = [...name.trim().toLocaleLowerCase('tr')];
  let end: Sound['end'] | undefined;
  for (let i = letters.length - 1; i >= 0; i--) {
    const letter = letters[i]!;
    if (/\d/.test(letter)) {
      // The whole number, with the thousands separators people write (10.000, 10,000).
      let first = i;
      while (first > 0 && /[\d.,]/.test(letters[first - 1]!)) first--;
      const said = saidNumber(letters.slice(first, i + 1).join('').replace(/^[.,]+/, '').split(/[.,](?=\d{3}(?:\D|$))/).join(''));
      return end === undefined ? said : { vowel: said.vowel, end };
    }
    const vowel = readVowel(letters, i);
    if (vowel) return { vowel, end: end ?? 'vowel' };
    if (/\p{L}/u.test(letter)) end ??= VOICELESS.has(letter) ? 'voiceless' : 'voiced';
    else if (end !== undefined) break; // a space or a dot ends the last word
  }
  return { vowel: 'e', end: 'vowel' };
}

function readVowel(letters: readonly string[], i: number): Vowel | undefined {
  const letter = letters[i]!;
  if (VOWELS.has(letter)) return letter as Vowel;
  const foreign = FOREIGN[letter.normalize('NFC')];
  if (foreign) return foreign;
  // A final y after a consonant is said as i (Kennedy, Murphy).
  if (letter === 'y' && i === letters.length - 1 && i > 0 && !VOWELS.has(letters[i - 1]!)) return 'i';
  return undefined;
}

const BACK = new Set<Vowel>(['a', 'ı', 'o', 'u']);

/** The two-way vowel (a/e) of -a, -da, -dan. */
function twoWay(vowel: Vowel): 'a' | 'e' {
  return BACK.has(vowel) ? 'a' : 'e';
}

/** The four-way vowel (ı/i/u/ü) of -ın, -ı. */
function fourWay(vowel: Vowel): 'ı' | 'i' | 'u' | 'ü' {
  if (vowel === 'a' || vowel === 'ı') return 'ı';
  if (vowel === 'e' || vowel === 'i') return 'i';
  if (vowel === 'o' || vowel === 'u') return 'u';
  return 'ü';
}

/** Ali'nin, Omar'ın, Hana Kobayashi'nin: whose. */
export function genitive(name: string): string {
  const { vowel, end } = soundOf(name);
  return `${name}'${end === 'vowel' ? 'n' : ''}${fourWay(vowel)}n`;
}

/** Ali'yi, Omar'ı: whom. */
export function accusative(name: string): string {
  const { vowel, end } = soundOf(name);
  return `${name}'${end === 'vowel' ? 'y' : ''}${fourWay(vowel)}`;
}

/** Ali'ye, Omar'a: to whom. */
export function dative(name: string): string {
  const { vowel, end } = soundOf(name);
  return `${name}'${end === 'vowel' ? 'y' : ''}${twoWay(vowel)}`;
}

/** Acme'de, İstanbul'da, Pendik'te: where. */
export function locative(name: string): string {
  const { vowel, end } = soundOf(name);
  return `${name}'${end === 'voiceless' ? 't' : 'd'}${twoWay(vowel)}`;
}

/** Acme'den, Pendik'ten: from where. */
export function ablative(name: string): string {
  return `${locative(name)}n`;
}

/** A whole number as Turkish writes it in text (10.000); the catalogs cannot reach text/numbers.ts, a bundle apart. */
export function count(value: number): string {
  return new Intl.NumberFormat('tr-TR', { maximumFractionDigits: 0 }).format(value);
}
