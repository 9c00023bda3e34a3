import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempTree } from './cli.js';

/*
 * Real git repositories for the tests of `cro diff`, `cro history` and src/git: commits
 * with fixed dates and authors, so that outputs are reproducible.
 */

export const GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: '/nonexistent' };

export function git(dir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface Repo {
  dir: string;
  /** Writes (or with null, deletes) files and commits them on the current branch; returns the commit. */
  commit(files: Record<string, string | null>, message: string, options?: { date?: string; author?: string }): string;
  /** Writes or deletes files without committing. */
  write(files: Record<string, string | null>): void;
  git(args: string[]): string;
}

let clock = 0;

export function gitRepo(files: Record<string, string> = {}): Repo {
  const dir = tempTree();
  git(dir, ['init', '-q', '-b', 'main']);
  const write = (changes: Record<string, string | null>) => {
    for (const [path, content] of Object.entries(changes)) {
      const full = join(dir, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  };
  const repo: Repo = {
    dir,
    write,
    git: (args) => git(dir, args),
    commit(changes, message, { date, author = 'Jane Doe' } = {}) {
      write(changes);
      git(dir, ['add', '-A']);
      const when = date ? `${date}T12:00:00+00:00` : `2026-0${1 + (Math.floor(clock / 28) % 9)}-${String(1 + (clock % 28)).padStart(2, '0')}T12:00:00+00:00`;
      clock++;
      const env = { GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: 'a@example.com', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
      git(dir, ['commit', '-q', '--allow-empty', '-m', message], env);
      return git(dir, ['rev-parse', 'HEAD']).trim();
    },
  };
  if (Object.keys(files).length > 0) repo.commit(files, 'initial');
  return repo;
}

export interface PersonSpec {
  id: string;
  name?: string;
  group?: 'renew' | 'new-buy';
  roles?: string[];
  stance?: string;
  backup?: string;
  leftOn?: string;
  email?: string;
  crmId?: string;
  extra?: string[];
}

/** A valid plan as YAML with the given people; every other section filled in, so that its findings are about its people. */
export function planYaml({ name = 'Acme Logistics', owner = 'Jane Doe', renewalDate = '2027-06-01', people = [] as PersonSpec[], monthlyRevenue = 9500, milestoneDone, reviewDate, comment }: { name?: string; owner?: string; renewalDate?: string; people?: PersonSpec[]; monthlyRevenue?: number; milestoneDone?: string; reviewDate?: string; comment?: string } = {}): string {
  const lines = [
    ...(comment ? [`# ${comment}`] : []),
    'cro: 1',
    'account:',
    `  name: ${JSON.stringify(name)}`,
    '  segment: enterprise',
    `  owner: ${owner}`,
    '  customerSince: 2026-02-01',
    `  renewalDate: ${renewalDate}`,
    'team:',
    '  - { name: Jane Doe, function: sales }',
    '  - { name: Ali Kaya, function: customer-success }',
    '  - { name: Ece Demir, function: marketing }',
    'messages:',
    '  renew: Here is the proof of the outcomes you bought.',
    '  newBuy: Teams like yours cut freight costs with one vendor.',
    'stakeholders:',
  ];
  for (const p of people) {
    lines.push(`  - id: ${p.id}`, `    name: ${p.name ?? p.id[0]!.toUpperCase() + p.id.slice(1)}`, `    group: ${p.group ?? 'renew'}`);
    if (p.roles) lines.push(`    roles: [${p.roles.join(', ')}]`);
    if (p.stance) lines.push(`    stance: ${p.stance}`);
    if (p.backup) lines.push(`    backup: ${p.backup}`);
    if (p.leftOn) lines.push(`    leftOn: ${p.leftOn}`);
    if (p.email) lines.push(`    email: ${p.email}`);
    if (p.crmId) lines.push(`    crmId: ${JSON.stringify(p.crmId)}`);
    lines.push('    needs: { see: Savings dashboard, hear: Peer stories, know: EU roadmap }');
    if (p.stance === 'detractor') lines.push('    objection: { kind: competitor, detail: Pushed for RivalSoft }', '    winPlan: { owner: Ali Kaya, due: 2027-12-15, actions: [Share TCO study] }');
    for (const extra of p.extra ?? []) lines.push(`    ${extra}`);
  }
  if (people.length === 0) lines.push('  []');
  lines.push(
    'renewal:',
    '  requirements: [Cut dispatch time by 20% before Q3]',
    'milestones:',
    '  - name: Go-live',
    '    due: 2027-04-01',
    ...(milestoneDone ? [`    done: ${milestoneDone}`] : []),
    ...(reviewDate ? [`    review: { date: ${reviewDate}, perspectives: [customer, sales, marketing, customer-success] }`] : []),
    'okrs:',
    '  - objective: Make Acme a reference customer',
    '    keyResults: [Two published case studies]',
    'economics:',
    '  acquisitionCost: 84000',
    `  monthlyRevenue: ${monthlyRevenue}`,
    '  grossMargin: 0.78',
  );
  return `${lines.join('\n')}\n`;
}

/** The path of a program on PATH (git, for a test that puts a logging wrapper in front of it). */
export function programPath(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    try {
      const path = join(dir, name);
      readFileSync(path);
      return path;
    } catch {
      // not here
    }
  }
  throw new Error(`${name} not found`);
}
