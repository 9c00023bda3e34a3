import { parse } from 'csv-parse/sync';

/*
 * A CRM export read as rows of cells (SPEC §8): the bytes decoded (UTF-8 with or without
 * BOM, UTF-16 with BOM, or a named encoding such as windows-1254, through TextDecoder),
 * the delimiter found on the header line (`,` `;` or tab) unless given, and the text
 * parsed by csv-parse (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
 * Each row keeps the line of the file it starts on, counting the line breaks inside
 * quoted fields, so that a bad row is named where an editor shows it.
 */

export interface CsvRow {
  /** The 1-based line of the file the row starts on. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  encoding: string;
}

/** The encoding is not one TextDecoder knows. */
export class UnknownEncoding extends Error {
  override readonly name = 'UnknownEncoding';
}

/** The text is not CSV csv-parse can read (an unclosed quote, say), at a line. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    /** csv-parse's code: CSV_QUOTE_NOT_CLOSED, CSV_INVALID_CLOSING_QUOTE, … */
    readonly code: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The bytes as text: a BOM decides (and is dropped), else `encoding` (default UTF-8, strict). */
export function decodeCsv(bytes: Uint8Array, encoding?: string): { text: string; encoding: string } {
  const b = bytes;
  let name = encoding;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) name = 'utf-8';
  else if (b[0] === 0xff && b[1] === 0xfe) name = 'utf-16le';
  else if (b[0] === 0xfe && b[1] === 0xff) name = 'utf-16be';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(name ?? 'utf-8', { fatal: name === undefined || /^utf-?8$/i.test(name) });
  } catch {
    throw new UnknownEncoding(encoding ?? '');
  }
  try {
    return { text: decoder.decode(b), encoding: decoder.encoding };
  } catch {
    // Not UTF-8: the caller says which encoding to name.
    throw new UnknownEncoding('');
  }
}

/** True when TextDecoder knows the encoding's name. */
export function knownEncoding(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

const CANDIDATES = [',', ';', '\t'] as const;

/** The delimiter the header line uses most, outside quotes: `,` when none appears. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

interface Info {
  bytes: number;
}

/** The text parsed into a header and rows; empty lines are skipped, rows may be shorter or longer than the header. */
export function readCsv(text: string, delimiter = detectDelimiter(text)): { header: string[]; headerLine: number; rows: CsvRow[] } {
  const buffer = Buffer.from(text, 'utf8');
  let records: Array<{ record: string[]; info: Info }>;
  try {
    records = parse(buffer, { delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Array<{ record: string[]; info: Info }>;
  } catch (error) {
    const e = error as { code?: string; message?: string; bytes?: number };
    throw new CsvSyntaxError(errorLine(buffer, text, e), e.code ?? '', String(e.message ?? e.code ?? error).split('\n')[0]!.replace(/ at line \d+/, ''));
  }
  // The line a record starts on, from the byte offset where the one before it ended
  // (csv-parse's `info.lines` counts a CRLF inside quotes twice).
  let offset = 0;
  let line = 1;
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    while (offset < buffer.length && (buffer[offset] === 0x0a || buffer[offset] === 0x0d)) {
      if (buffer[offset] === 0x0a) line++;
      offset++;
    }
    rows.push({ line, cells: record });
    for (let i = offset; i < info.bytes; i++) if (buffer[i] === 0x0a) line++;
    offset = info.bytes;
  }
  const [first, ...rest] = rows;
  return { header: (first?.cells ?? []).map((h) => h.trim()), headerLine: first?.line ?? 1, rows: rest.filter((row) => row.cells.some((cell) => cell.trim() !== '')) };
}

/** The line a csv-parse error is about: an unclosed quote's own line, else the line of the byte it stopped at. */
function errorLine(buffer: Buffer, text: string, error: { code?: string; bytes?: number }): number {
  const lineAt = (end: number, of: Uint8Array | string) => {
    let line = 1;
    for (let i = 0; i < end; i++) if ((typeof of === 'string' ? of.charCodeAt(i) : of[i]) === 0x0a) line++;
    return line;
  };
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    let open = -1;
    for (let i = 0; i < text.length; i++) if (text[i] === '"') open = open < 0 ? i : -1;
    if (open >= 0) return lineAt(open, text);
  }
  return lineAt(Math.min(error.bytes ?? 0, buffer.length), buffer);
}
