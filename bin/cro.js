#!/usr/bin/env node
// Entry point. `cro --version` answers from package.json alone, before any module loads,
// so scripts that probe the version pay only Node's own start-up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // A reader that quits early (`cro check | head`) is not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Ended at once, as a shell's 128 + signal: what a write had under way is a temporary
  // file, removed on exit (src/files/write.ts), so the file it was for is left as it was.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) process.once(signal, () => process.exit(code));
  const { loadBundle } = await import('./load-bundle.js');
  const { main } = loadBundle(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)));
  process.exitCode = await main(process.argv);
}
