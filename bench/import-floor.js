// The floor `cro import` is measured against (SPEC §14): parse the CSV with csv-parse, then
// read each of the plans and write it again with the `yaml` Document API, nothing else.
// `node bench/import-floor.js <file.csv> <plans folder>`; the plans are written beside
// themselves (`.floor`), so that the corpus stays as it was.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDocument } from 'yaml';

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

const records = parse(readFileSync(process.argv[2]), { bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
let count = 0;
for (const file of walk(process.argv[3], [])) {
  const doc = parseDocument(readFileSync(file, 'utf8'), { keepSourceTokens: true });
  writeFileSync(`${file}.floor`, doc.toString());
  count++;
}
process.stdout.write(`${records.length} rows, ${count} plans\n`);
