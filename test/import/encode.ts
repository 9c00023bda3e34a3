/*
 * Test-side encoders for the single-byte encodings cro reads (Node encodes only UTF-8
 * and UTF-16): each table is the decoder's own, reversed, so the bytes are those a
 * Turkish or Western Excel writes.
 */
const tables = new Map<string, Map<string, number>>();

function table(encoding: string): Map<string, number> {
  let known = tables.get(encoding);
  if (known) return known;
  known = new Map();
  const decoder = new TextDecoder(encoding);
  for (let b = 0; b < 256; b++) {
    const c = decoder.decode(new Uint8Array([b]));
    if (c !== '\uFFFD' && !known.has(c)) known.set(c, b);
  }
  tables.set(encoding, known);
  return known;
}

/** `text` in `encoding`: utf-8, utf-8 with BOM, utf-16le with BOM, or a single-byte one. */
export function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1254' | 'windows-1252' | 'latin1'): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const map = table(encoding);
  return Uint8Array.from([...text].map((c) => {
    const b = map.get(c);
    if (b === undefined) throw new Error(`${c} is not in ${encoding}`);
    return b;
  }));
}

/** The characters of `encoding` that are letters or punctuation a person types (for random fields). */
export function alphabet(encoding: 'windows-1254' | 'windows-1252' | 'latin1'): string[] {
  return [...table(encoding).keys()].filter((c) => /[\p{L}\p{N}\p{P}\p{Zs}]/u.test(c) && c !== '\u00a0');
}

/** One CSV field as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
