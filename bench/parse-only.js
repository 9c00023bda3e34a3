// The baseline `cro check` is measured against: read every YAML file under a folder and
// parse it with the `yaml` package, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

let count = 0;
for (const file of walk(process.argv[2], [])) {
  parse(readFileSync(file, 'utf8'));
  count++;
}
process.stdout.write(`${count}\n`);
