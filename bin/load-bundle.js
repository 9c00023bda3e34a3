// Loads cro's bundles (dist/*.cjs) with V8's code cache, when the build left one that fits.
//
// Compiling the bundles was the largest part of a short run's start-up (~30 ms of a
// one-plan `cro check`, under --cpu-prof). `npm run build` runs a few commands once and
// saves V8's compiled code for every bundle they loaded (dist/<name>.cjs.cache, see
// scripts/code-cache.mjs). V8 takes a cache only if it was made by the same V8 version
// with the same flags for the same source; otherwise it compiles as usual, so a stale or
// foreign cache costs only the read. Nothing is written at run time.
//
// Node 20 has no code cache for ES modules (module.enableCompileCache came in 22), so the
// bundles are CommonJS, each run here in the wrapper Node itself would give it. A bundle's
// require() of a sibling bundle (`./check.cjs`) comes back here, so it gets its cache too.
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const modules = new Map();

/** Scripts compiled so far, for scripts/code-cache.mjs to save. */
export const compiled = [];

/** `require(file)` for a bundle: its exports, loading it (and its cache) the first time. */
export function loadBundle(file) {
  const known = modules.get(file);
  if (known) return known.exports;
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {}
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  compiled.push({ file, script });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  modules.set(file, module);
  const folder = dirname(file);
  const nodeRequire = Module.createRequire(file);
  const bundleRequire = (id) => (id.startsWith('./') && id.endsWith('.cjs') ? loadBundle(join(folder, id)) : nodeRequire(id));
  bundleRequire.resolve = nodeRequire.resolve;
  script.runInThisContext()(module.exports, bundleRequire, module, file, folder);
  module.loaded = true;
  return module.exports;
}
