// Bundles src/ into dist/ with esbuild. One bundle with lazily loaded chunks starts much
// faster than hundreds of separate modules (zod and yaml alone are ~150 files), which
// matters for a CLI run on every save and every CI step.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';

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
