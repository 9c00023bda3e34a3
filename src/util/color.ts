import type { ChalkInstance } from 'chalk';

export interface ColorEnv {
  noColorFlag: boolean;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/**
 * Decides the colour level ourselves: chalk's detection honours FORCE_COLOR but not
 * NO_COLOR (https://no-color.org), and `--no-color` must win over both.
 */
export function colorLevel({ noColorFlag, env, isTTY }: ColorEnv): 0 | 1 | 2 | 3 {
  if (noColorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false' || force === '0') return 0;
    const level = Number.parseInt(force, 10);
    if (level >= 1 && level <= 3) return level as 1 | 2 | 3;
    return 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

export async function makeChalk(level: 0 | 1 | 2 | 3): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
