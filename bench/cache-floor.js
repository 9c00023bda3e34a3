// The least a cached re-run of `cro check` can do, as a baseline for `npm run bench`:
// start Node, stat every plan, read the cache file and write its bytes to stdout. No
// parsing, no formatting, no checks; cro cannot be faster than this on the same machine.
import { readFileSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [folder, cacheFile] = process.argv.slice(2);
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else statSync(full);
  }
};
walk(folder);
const bytes = readFileSync(cacheFile);
for (let at = 0; at < bytes.length; at += 1 << 16) writeSync(1, bytes, at, Math.min(1 << 16, bytes.length - at));
