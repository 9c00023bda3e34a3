import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Apart from load.ts: the start-up reads the config's language before anything heavy is loaded.

export const CONFIG_NAMES = ['cro.config.yaml', 'cro.config.yml'];

/** The nearest config file upwards from `startDir`, or null. */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
