import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a user's shell with nothing of this checkout in it: npm's own
 * `npm_*` variables (set when the tests run under `npm test`), NODE_PATH and colour or CI
 * switches are dropped, and npm gets an empty cache and config of its own, so an install
 * that needed the network or a cached dependency would fail here.
 */
export function cleanEnv(home: string, extraPath: string[] = []): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|node_path$|no_color$|force_color$|ci$|github_)/i.test(key)) continue;
    env[key] = value;
  }
  mkdirSync(join(home, '.npm-cache'), { recursive: true });
  return {
    ...env,
    HOME: home,
    // npm and node of this machine, after the install's own bin folder.
    PATH: [...extraPath, dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    npm_config_cache: join(home, '.npm-cache'),
    npm_config_userconfig: join(home, '.npmrc'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 30_000): Run {
  const result = spawnSync(command, args, { cwd, env, input: '', encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];

/** A new temporary folder, removed by removeTempDirs (an install is a few megabytes). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
