import stringWidth from 'string-width';

/** The colour codes chalk writes (cli-table3 strips the same before measuring). */
const COLOUR_CODE = /\u001b\[(?:\d*;){0,5}\d*m/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const widths = new Map<string, number>();

/** Columns a line takes in a terminal, as string-width counts them (wide characters 2, colour codes 0). */
export function displayWidth(line: string): number {
  const plain = line.includes('\u001b') ? line.replace(COLOUR_CODE, '') : line;
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  let width = widths.get(plain);
  if (width === undefined) {
    width = stringWidth(plain);
    // Names repeat across plans; the bound keeps a run over many distinct ones from holding them all.
    if (widths.size > 10_000) widths.clear();
    widths.set(plain, width);
  }
  return width;
}
