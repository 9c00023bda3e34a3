import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';
import type { CommandIO } from '../../src/commands/io.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/cro.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary as a user would (needs `npm run build` first; `npm test` does it).
 * Colour and CI variables are cleared so output is plain unless a test sets them.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs cro in this process with captured streams (fast; for testing commands' logic). */
export async function runInProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; today?: string; isTTY?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: { write: (t: string | Uint8Array) => (stdout += String(t)), isTTY: options.isTTY ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.isTTY ?? false },
    stdinIsTTY: options.isTTY ?? false,
    ...(options.today ? { today: () => options.today! } : {}),
  };
  const code = await main(['node', 'cro', ...args], io);
  return { code, stdout, stderr };
}

const made: string[] = [];

/** Removes the folders tempTree made in this test file (test/setup.ts runs it after each file). */
export function removeTempTrees(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // still in use (a mount a test could not undo): the system's temporary folder keeps it
    }
  }
}

/** A fresh temporary folder with the given files (path → content). */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cro-test-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/**
 * Runs the built binary in `cwd` and sends it SIGINT after `ms`; resolves with the exit
 * code and how long it took to stop once signalled. A signal that comes before cro has
 * set up its handler (Node still starting) ends it the default way, killed by SIGINT,
 * which a shell shows as 130 too: so is it counted here.
 */
export function runInterrupted(args: string[], ms: number, cwd: string): Promise<{ code: number | null; stopMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore', env: { ...process.env, CI: '1' } });
    let sentAt = 0;
    const timer = setTimeout(() => {
      sentAt = Date.now();
      child.kill('SIGINT');
    }, ms);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal === 'SIGINT' ? 130 : code, stopMs: sentAt === 0 ? 0 : Date.now() - sentAt });
    });
  });
}
