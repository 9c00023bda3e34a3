// Loads cro's bundles (dist/*.cjs) with V8's code cache, when the build left one that fits.
//
// Compiling the bundles was the largest part of a short run's start-up (~30 ms of a
// one-plan `cro check`, under --cpu-prof). `npm run build` runs a few commands once and
// saves V8's compiled code for every bundle they loaded (dist/<name>.cjs.cache, see
// scripts/code-cache.mjs). V8 itself refuses a cache made by another V8 version or with
// other flags, but it checks the source only by its length, and bytes of a damaged cache
// can bring Node down. So each cache file starts with the SHA-1 of the bundle it was made
// from and of its own data, and is used only when both match (~1 ms); otherwise the
// bundle is compiled as usual. Nothing is written at run time.
//
// Node 20 has no code cache for ES modules (module.enableCompileCache came in 22), so the
// bundles are CommonJS, each run here in the wrapper Node itself would give it. A bundle's
// require() of a sibling bundle (`./check.cjs`) comes back here, so it gets its cache too.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const modules = new Map();
const DIGEST_BYTES = 20;

/** Scripts compiled so far, for scripts/code-cache.mjs to save. */
export const compiled = [];

/** The contents of a code cache file: digests of the bundle and of the data, then V8's data. */
export function codeCacheFile(source, data) {
  return Buffer.concat([sha1(source), sha1(data), data]);
}

/** `require(file)` for a bundle: its exports, loading it (and its cache) the first time. */
export function loadBundle(file) {
  const known = modules.get(file);
  if (known) return known.exports;
  const bytes = readFileSync(file);
  const cachedData = cacheFor(file, bytes);
  const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  compiled.push({ file, source: bytes, script, usedCache: cachedData !== undefined && !script.cachedDataRejected });
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

function cacheFor(file, source) {
  let saved;
  try {
    saved = readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  if (saved.length <= 2 * DIGEST_BYTES) return undefined;
  const data = saved.subarray(2 * DIGEST_BYTES);
  const fits = sha1(source).equals(saved.subarray(0, DIGEST_BYTES)) && sha1(data).equals(saved.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES));
  return fits ? data : undefined;
}

function sha1(bytes) {
  return createHash('sha1').update(bytes).digest();
}
