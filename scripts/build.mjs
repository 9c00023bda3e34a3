// Bundles src/ into dist/ with esbuild. One bundle with lazily loaded chunks starts much
// faster than hundreds of separate modules (zod and yaml alone are ~150 files), which
// matters for a CLI run on every save and every CI step.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';

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

// Build beside dist/ and swap it in, so a test run that spawns the binary meanwhile
// never sees a half-written dist/.
const staging = `dist.${process.pid}.tmp`;
await build({
  // The worker is its own entry: worker threads start from a file.
  entryPoints: { cli: 'src/cli.ts', worker: 'src/check/worker.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [deferCommanderChildProcess],
  banner: {
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    js: "import { createRequire as __croRequire } from 'node:module'; const require = __croRequire(import.meta.url);",
  },
});
const old = `dist.${process.pid}.old`;
try {
  renameSync('dist', old);
} catch {}
renameSync(staging, 'dist');
rmSync(old, { recursive: true, force: true });
