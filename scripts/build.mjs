// Bundles src/ into dist/ with esbuild: cli.cjs (the command table, commander only), one
// self-contained file per command, loaded when that command runs, and the check worker.
// A few large files start much faster than hundreds of modules (zod and yaml alone are
// ~150), and one file per command beats shared chunks too: each chunk is one more module
// to resolve, load and link on every run, and a CLI runs on every save and every CI step.
import { build } from 'esbuild';
import { readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { saveCodeCache } from './code-cache.mjs';

const require = createRequire(import.meta.url);

// commander loads node:child_process (and with it net, dgram and streams, ~7 ms) at start-up
// for executable subcommands, which cro does not use; defer it to the first spawn.
const deferCommanderChildProcess = {
  name: 'defer-commander-child-process',
  setup(build) {
    build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error('commander changed: update defer-commander-child-process in scripts/build.mjs');
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

// cli.ts imports './commands/<name>/command.js'; in dist/ each command is its own file, <name>.cjs, beside cli.cjs.
const commandsBesideCli = {
  name: 'commands-beside-cli',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[a-z-]+\/command\.js$/ }, (args) => ({ path: `./${basename(dirname(args.path))}.cjs`, external: true }));
  },
};

/*
 * The YAML libraries behind the fast reader (js-yaml, for plans outside its subset) and the
 * reference parser (yaml, for errors and their positions) are a third of a command's
 * bundle, and most runs of `cro check` need neither; compiling them cost every start
 * ~20 ms. Each is a bundle of its own beside the commands, required when first needed:
 * js-yaml by js-yaml-library.ts, yaml by yaml-library.ts.
 */
const yamlLibrariesApart = {
  name: 'yaml-libraries-apart',
  setup(build) {
    // [folder, file, package, bundle]: inquirer's prompts too (commands/init/inquirer-library.ts), asked for by few runs.
    for (const [folder, file, name, bundle] of [['plan', 'js-yaml-library', 'js-yaml', 'js-yaml'], ['plan', 'yaml-library', 'yaml', 'yaml'], ['commands[\\\\/]init', 'inquirer-library', '@inquirer/prompts', 'inquirer']]) {
      build.onLoad({ filter: new RegExp(`[\\\\/]src[\\\\/]${folder}[\\\\/]${file}\\.ts$`) }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const required = `createRequire(import.meta.url)('${name}')`;
        if (!source.includes(required)) throw new Error(`${file}.ts changed: update yaml-libraries-apart in scripts/build.mjs`);
        return { contents: source.replace(required, `require('./${bundle}.cjs')`), loader: 'ts' };
      });
    }
    build.onResolve({ filter: /^\.\/((js-)?yaml|inquirer)\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/*
 * Each language's catalog is a bundle of its own (messages-en.cjs, messages-tr.cjs), and
 * load-catalog.ts, which imports both when run from the sources, becomes a require of the
 * one asked for: a run loads one language, not every one (SPEC §11, §14).
 */
const catalogsApart = {
  name: 'catalogs-apart',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]load-catalog\.ts$/ }, () => ({
      contents: "export function loadCatalog(lang) { return lang === 'tr' ? require('./messages-tr.cjs').tr : require('./messages-en.cjs').en; }",
      loader: 'ts',
    }));
    build.onResolve({ filter: /^\.\/messages-[a-z]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// CommonJS, so that bin/load-bundle.js can run each bundle with V8's code cache (Node 20
// has none for ES modules). import() becomes require(): a script compiled from a cache
// cannot import() on Node 20, and a sibling bundle required comes back to the loader.
const common = {
  bundle: true,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  supported: { 'dynamic-import': false },
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'import.meta.url': '__cro_import_meta_url' },
  banner: { js: 'var __cro_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
};

// Every folder of src/commands/ is a command, and its command.ts the entry of its bundle.
const commands = readdirSync('src/commands', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Build beside dist/ and swap it in, so a test run that spawns the binary meanwhile
// never sees a half-written dist/.
const staging = `dist.${process.pid}.tmp`;
await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: staging, plugins: [deferCommanderChildProcess, commandsBesideCli, catalogsApart] });
await build({
  ...common,
  // Worker threads start from a file: the check worker and the read-ahead thread are entries of their own.
  entryPoints: Object.fromEntries([
    ...commands.map((name) => [name, `src/commands/${name}/command.ts`]),
    ['worker', 'src/check/worker.ts'],
    ['reader', 'src/check/reader.ts'],
    ['messages-en', 'src/i18n/catalogs/en/index.ts'],
    ['messages-tr', 'src/i18n/catalogs/tr/index.ts'],
  ]),
  outdir: staging,
  plugins: [yamlLibrariesApart, catalogsApart],
});
await build({ ...common, entryPoints: { 'js-yaml': require.resolve('js-yaml'), yaml: require.resolve('yaml'), inquirer: require.resolve('@inquirer/prompts') }, outdir: staging });
await saveCodeCache(staging);
const old = `dist.${process.pid}.old`;
try {
  renameSync('dist', old);
} catch {}
renameSync(staging, 'dist');
rmSync(old, { recursive: true, force: true });
