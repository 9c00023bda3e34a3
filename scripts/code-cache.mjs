// Saves V8's code cache for the bundles in a build (dist/<name>.cjs.cache; see
// bin/load-bundle.js for why and how it is used).
//
// A cache holds the functions compiled when it is made, so the bundles are loaded and a few
// ordinary commands are run first, on the example plans repository: the cache then covers
// what a run of cro compiles, not just each bundle's top level. This runs in a child Node
// with no options, as `cro` runs: V8 takes a cache only under the flags it was made with.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Called by build.mjs with the freshly built folder; a failure only leaves the build without caches. */
export async function saveCodeCache(folder) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), resolve(folder)], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) console.warn(`code cache not saved (cro starts a little slower): ${(result.stderr || result.error?.message || '').trim()}`);
}

async function warmUpAndSave(folder) {
  const { loadBundle, compiled, codeCacheFile } = await import(pathToFileURL(join(ROOT, 'bin/load-bundle.js')).href);
  const { main } = loadBundle(join(folder, 'cli.cjs'));
  const examples = join(ROOT, 'examples');
  const sink = { write: () => true, isTTY: false };
  const io = { cwd: examples, env: { NO_COLOR: '1' }, stdout: sink, stderr: sink, stdinIsTTY: false };
  const runs = [
    ['--help'],
    ['check', '--help'],
    ['check', '--as-of', '2026-11-27'],
    ['check', '--format', 'json', '--as-of', '2026-11-27'],
    ['breakeven', '--as-of', '2026-11-27'],
  ];
  for (const args of runs) await main(['node', 'cro', ...args], io);
  // Every other bundle at least has its top level cached.
  for (const file of readdirSync(folder)) if (file.endsWith('.cjs') && !['worker.cjs', 'reader.cjs'].includes(file)) loadBundle(join(folder, file));
  for (const { file, source, script } of compiled) writeFileSync(`${file}.cache`, codeCacheFile(source, script.createCachedData()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await warmUpAndSave(process.argv[2]);
