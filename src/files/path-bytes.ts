/*
 * File names on Linux are bytes, not text: a name that is not UTF-8 is a valid name. Node
 * reads it with U+FFFD for the bad bytes, a path that names no file (or another file). So
 * discovery keeps such a path as a string whose bad bytes are lone surrogates, U+DC80 to
 * U+DCFF for bytes 0x80 to 0xFF (Python's "surrogateescape"): text decoded from UTF-8
 * never holds a lone surrogate, so the string stands for exactly those bytes, survives
 * worker messages and Map keys like any path, and turns back into the bytes for a system
 * call (fsPath).
 */

/** A lone low surrogate in U+DC80..U+DCFF: with the `u` flag a surrogate pair is one code point, so it does not match. */
const ESCAPED_BYTE = /[\uDC80-\uDCFF]/u;
const ESCAPED_BYTES = /[\uDC80-\uDCFF]/gu;

/** The path of bytes as a string: UTF-8 decoded, each byte that is not part of UTF-8 kept as a lone surrogate. */
export function pathFromBytes(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = '';
  let run = 0; // start of the bytes not yet decoded, all valid UTF-8
  let i = 0;
  while (i < buffer.length) {
    const length = utf8SequenceLength(buffer, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += buffer.toString('utf8', run, i) + String.fromCharCode(0xdc00 + buffer[i]!);
    i++;
    run = i;
  }
  return out + buffer.toString('utf8', run, i);
}

/** What to hand a system call for a path: its bytes when it holds bytes that are not UTF-8, else the path itself. */
export function fsPath(path: string): string | Buffer {
  if (!ESCAPED_BYTE.test(path)) return path;
  const parts: Buffer[] = [];
  let from = 0;
  for (const match of path.matchAll(ESCAPED_BYTES)) {
    parts.push(Buffer.from(path.slice(from, match.index)), Buffer.of(path.charCodeAt(match.index) - 0xdc00));
    from = match.index + 1;
  }
  parts.push(Buffer.from(path.slice(from)));
  return Buffer.concat(parts);
}

/** A path for people to read: each byte that is not UTF-8 shown as `\xFF`. */
export function visiblePath(path: string): string {
  return ESCAPED_BYTE.test(path) ? path.replace(ESCAPED_BYTES, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`) : path;
}

/** The length of the well-formed UTF-8 sequence at `i` (Unicode Table 3-7), or 0 when there is none. */
function utf8SequenceLength(b: Buffer, i: number): number {
  const lead = b[i]!;
  if (lead < 0x80) return 1;
  const continues = (k: number, low = 0x80, high = 0xbf) => i + k < b.length && b[i + k]! >= low && b[i + k]! <= high;
  if (lead >= 0xc2 && lead <= 0xdf) return continues(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf; // 0xED 0xA0.. would be a surrogate
    return continues(1, low, high) && continues(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf; // beyond U+10FFFF otherwise
    return continues(1, low, high) && continues(2) && continues(3) ? 4 : 0;
  }
  return 0;
}
