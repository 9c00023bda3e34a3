// The least a cached re-run of `cro check` can do, as a baseline for `npm run bench`:
// start Node, stat every plan, read the cache file and write its bytes to stdout, through
// one reused buffer (fresh memory costs page faults). No parsing, no formatting, no
// checks; cro cannot be faster than this on the same machine.
import { closeSync, openSync, readSync, readdirSync, statSync, writeSync } from 'node:fs';
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
const buffer = Buffer.allocUnsafeSlow(1 << 16);
const fd = openSync(cacheFile, 'r');
for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) writeSync(1, buffer, 0, n);
closeSync(fd);
