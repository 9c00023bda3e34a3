import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, decodeCsv, detectDelimiter, readCsv, UnknownEncoding } from '../../src/import/csv.js';
import { alphabet, csvField, encode } from './encode.js';

/*
 * The CSV reader on exports as CRMs and Excel write them: quoted fields with commas and
 * line breaks, `;` and Windows-1254 from a Turkish Excel, BOMs, UTF-16, CRLF, empty
 * trailing lines; each row named by the line it starts on.
 */

const read = (bytes: Uint8Array, encoding?: string) => readCsv(decodeCsv(bytes, encoding).text);

describe('decoding', () => {
  const turkish = 'Ad;Şirket\nĞülşen Işık;İstanbul Çözüm A.Ş.\n';
  it('reads Windows-1254 from a Turkish Excel when told', () => {
    const table = read(encode(turkish, 'windows-1254'), 'windows-1254');
    expect(table.header).toEqual(['Ad', 'Şirket']);
    expect(table.rows[0]!.cells).toEqual(['Ğülşen Işık', 'İstanbul Çözüm A.Ş.']);
  });
  it('refuses bytes that are not UTF-8 when no encoding is given', () => {
    expect(() => decodeCsv(encode(turkish, 'windows-1254'))).toThrow(UnknownEncoding);
  });
  it('refuses an encoding TextDecoder does not know', () => {
    expect(() => decodeCsv(Buffer.from('a'), 'klingon')).toThrow(UnknownEncoding);
  });
  it('follows a BOM: UTF-8 and UTF-16 LE, whatever --encoding says', () => {
    for (const bytes of [encode(turkish, 'utf-8-bom'), encode(turkish, 'utf-16le')]) {
      const table = read(bytes, 'windows-1254');
      expect(table.header).toEqual(['Ad', 'Şirket']);
      expect(table.rows[0]!.cells[0]).toBe('Ğülşen Işık');
    }
  });
});

describe('the delimiter', () => {
  it('is found on the header line, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('Ad;Soyad;"E-posta, iş"\n')).toBe(';');
    expect(detectDelimiter('Id\tName\tEmail\r\n')).toBe('\t');
    expect(detectDelimiter('name\n')).toBe(',');
  });
});

describe('line numbers', () => {
  it('count the line breaks inside quotes, CRLF or LF, and skip empty lines', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['Name,Title', 'Maria,"VP,', 'Operations"', '', 'Tom,"IT', '', 'Lead"', 'Lena,CFO', '', ''].join(eol);
      const table = readCsv(text);
      expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
        [2, 'Maria'],
        [5, 'Tom'],
        [8, 'Lena'],
      ]);
      expect(table.rows[0]!.cells[1]).toBe(`VP,${eol}Operations`);
    }
  });
  it('name the line of a quote never closed, and of text after a closing quote', () => {
    const fails = (text: string) => {
      try {
        readCsv(text);
      } catch (error) {
        return [(error as CsvSyntaxError).line, (error as CsvSyntaxError).code];
      }
      return undefined;
    };
    expect(fails('a,b\r\n1,"x\r\ny"\r\n2,"z\r\n3,4\r\n')).toEqual([4, 'CSV_QUOTE_NOT_CLOSED']);
    expect(fails('a,b\n1,2\n3,"4"x\n')).toEqual([3, 'CSV_INVALID_CLOSING_QUOTE']);
  });
  it('skip rows of empty cells, as Excel leaves at the end', () => {
    expect(readCsv('a;b\n1;2\n;\n;\n').rows).toHaveLength(1);
  });
});

describe('round trip (property)', () => {
  const encodings = ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1254', 'windows-1252', 'latin1'] as const;
  for (const encoding of encodings) {
    it(`reads back random fields written in ${encoding}`, () => {
      const letters = encoding.startsWith('utf') ? [...'abcçğıİöşüÇĞÖŞÜ xyz€"\'', ',', ';', '\t', '\n', '\r\n'] : [...alphabet(encoding as 'windows-1254' | 'windows-1252' | 'latin1'), ',', ';', '\n', '"'];
      const field = fc.array(fc.constantFrom(...letters), { maxLength: 12 }).map((cs) => cs.join(''));
      fc.assert(
        fc.property(fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (delimiter, eol, rows) => {
          // A row whose fields are all blank is an empty line to a CSV reader: one letter keeps it a row.
          const kept = rows.map((r) => [`x${r[0]}`, r[1]!, r[2]!]);
          const header = ['Name', 'Title', 'Company'];
          const text = [header, ...kept].map((r) => r.map((f) => csvField(f, delimiter)).join(delimiter)).join(eol) + eol;
          const table = read(encode(text, encoding), encoding.startsWith('utf') ? undefined : encoding);
          expect(table.header).toEqual(header);
          expect(table.rows.map((r) => r.cells)).toEqual(kept);
          // Each row starts on the line the writer put it on.
          let line = 2;
          table.rows.forEach((row, i) => {
            expect(row.line).toBe(line);
            line += kept[i]!.join('').split('\n').length;
          });
        }),
        { numRuns: 150 },
      );
    });
  }
});
