import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Debian's chromium, headless, as the browser tests drive it: --dump-dom prints the DOM
 * after the page has loaded (a page's script writes what a test checks into an
 * attribute), --screenshot takes a picture. No network: every page is a local file.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

export interface BrowserRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs chromium with `args` and a fresh profile under `work`; killed after 40 s. */
export function chromium(args: string[], work: string): Promise<BrowserRun> {
  const profile = mkdtempSync(join(work, 'profile-'));
  const flags = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM, [...flags, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Console lines Chromium logs for the page (every level is logged as INFO:CONSOLE). */
export const consoleLines = (stderr: string) => stderr.split('\n').filter((line) => /:CONSOLE[:(]/.test(line));

/** The text of serialized HTML, with the entities the DOM serializer writes decoded. */
export const decodeHtml = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

/**
 * The JSON a page's script stored in an attribute of <html> (`data-<name>`), read back
 * from --dump-dom output; null when the page never wrote it.
 */
export function pageResult<T>(dom: string, name: string): T | null {
  const match = dom.match(new RegExp(`<html[^>]* data-${name}="([^"]*)"`));
  return match ? (JSON.parse(decodeHtml(match[1]!)) as T) : null;
}
