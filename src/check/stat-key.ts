import { statSync } from 'node:fs';

/**
 * The stat fingerprint of a file for `--cache` (size, modification and change times,
 * inode), or undefined when it cannot be read. Any write to a file moves its change time,
 * which no tool can set back, so an equal fingerprint means unchanged bytes.
 */
export function statKey(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
  } catch {
    return undefined;
  }
}
