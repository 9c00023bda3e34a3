import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { HtmlValidate } from 'html-validate';
import { lint } from 'markdownlint/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { git, gitRepo, planYaml, type Repo } from '../helpers/git-repo.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/*
 * `cro history` end to end: each account's timeline from one git log walk, renames
 * followed, each commit once with the changes diff describes and the state after it;
 * a shallow clone says where its history starts; Markdown through markdownlint, HTML
 * through html-validate and the Nu checker; Turkish with no English left.
 */

const ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const cro = (cwd: string, args: string[], env: Record<string, string> = {}) => runCli(args, { cwd, env: { ...ENV, ...env } });

interface Step { commit: string; subject: string; file: string; diff: { status: string; people: { changed: Array<{ id: string; stance?: { from: string; to: string } }>; left: Array<{ id: string }> } } | null; after: { covered: number; of: number; errors: number; warnings: number; breakEvenMonth: number | null } | null; boundary: boolean }
interface Json { version: number; accounts: Array<{ account: string; file: string; steps: Step[] }> }

let repo: Repo;
beforeAll(() => {
  repo = gitRepo();
  const people = (omar: string, left?: string) => [
    { id: 'maria', name: 'Maria Lopez', roles: ['executive-sponsor', 'budget-owner'], stance: 'advocate', backup: 'tom', ...(left ? { leftOn: left } : {}) },
    { id: 'omar', name: 'Omar Shah', roles: ['procurement'], stance: omar, ...(omar === 'detractor' ? {} : { backup: 'tom' }) },
    { id: 'tom', name: 'Tom Becker', roles: ['end-user', 'administrator'], stance: 'supporter', backup: 'maria' },
  ];
  repo.commit({ 'plans/acme.yaml': planYaml({ people: people('detractor') }), 'plans/beta.yaml': planYaml({ name: 'Beta Retail' }) }, 'Start the plans', { date: '2026-03-01', author: 'Ayşe Yılmaz' });
  repo.commit({ 'plans/acme.yaml': planYaml({ people: people('supporter') }) }, 'Omar backs us', { date: '2026-04-01' });
  repo.commit({ 'plans/acme.yaml': null, 'plans/acme-logistics.yaml': planYaml({ people: people('supporter') }) }, 'Rename the plan', { date: '2026-05-01' });
  repo.commit({ 'plans/acme-logistics.yaml': planYaml({ people: people('supporter', '2026-06-01'), monthlyRevenue: 12000 }) }, 'Maria left; more revenue', { date: '2026-06-02' });
  repo.commit({ 'plans/beta.yaml': planYaml({ name: 'Beta Retail', comment: 'a comment' }), 'README.md': 'not a plan' }, 'Comment on beta', { date: '2026-06-03' });
  repo.commit({ 'plans/beta.yaml': null }, 'Beta churned', { date: '2026-07-01' });
}, 60_000);

describe('cro history', () => {
  it('gives each account its timeline, renames followed, each commit once', () => {
    const result = cro(repo.dir, ['history', '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const doc = JSON.parse(result.stdout) as Json;
    expect(doc.accounts.map((a) => [a.account, a.file, a.steps.map((s) => s.subject)])).toEqual([
      ['Acme Logistics', 'plans/acme-logistics.yaml', ['Start the plans', 'Omar backs us', 'Rename the plan', 'Maria left; more revenue']],
      ['Beta Retail', 'plans/beta.yaml', ['Start the plans', 'Comment on beta', 'Beta churned']],
    ]);
    const [acme, beta] = doc.accounts;
    expect(acme!.steps.map((s) => s.diff?.status)).toEqual(['added', 'modified', 'renamed', 'modified']);
    expect(acme!.steps[1]!.diff!.people.changed[0]!.stance).toEqual({ from: 'detractor', to: 'supporter' });
    expect(acme!.steps[3]!.diff!.people.left.map((p) => p.id)).toEqual(['maria']);
    // Judged as of each commit's own day: after Maria left, two roles are no longer covered.
    expect(acme!.steps.map((s) => s.after!.covered)).toEqual([4, 5, 5, 3]);
    expect(beta!.steps[1]!.diff).toBeNull();
    expect(beta!.steps[2]!.after).toBeNull();
    expect(beta!.steps[2]!.diff!.status).toBe('deleted');
  });

  it('follows a plan deleted and added again at its path as one account, back', () => {
    const back = gitRepo();
    back.commit({ 'plans/beta.yaml': planYaml({ name: 'Beta Retail' }) }, 'Start', { date: '2026-03-01' });
    back.commit({ 'plans/beta.yaml': null }, 'Beta churned', { date: '2026-05-01' });
    back.commit({ 'plans/beta.yaml': planYaml({ name: 'Beta Retail', monthlyRevenue: 15000 }) }, 'Beta is back', { date: '2026-09-01' });
    const result = cro(back.dir, ['history', '--format', 'json']);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as Json;
    expect(doc.accounts.map((a) => [a.account, a.steps.map((s) => [s.subject, s.diff?.status, s.after === null])])).toEqual([
      ['Beta Retail', [['Start', 'added', false], ['Beta churned', 'deleted', true], ['Beta is back', 'added', false]]],
    ]);
    // A new plan is one line; its break-even is part of the state after it, not a change from "no economics".
    const text = cro(back.dir, ['history', '--no-color']).stdout;
    expect(text).toMatch(/Beta is back[\s\S]*new plan/);
    expect(text).not.toMatch(/no economics →/);
  });

  it('keeps what it judged in the git folder: a second run says the same, and a broken cache is only checked again', () => {
    const first = cro(repo.dir, ['history', '--format', 'json']).stdout;
    const cache = join(repo.dir, '.git', 'cro', 'history-cache.json');
    expect(readFileSync(cache, 'utf8')).toMatch(/^\{"key":/);
    expect(cro(repo.dir, ['history', '--format', 'json']).stdout).toBe(first);
    writeFileSync(cache, '{ not json');
    expect(cro(repo.dir, ['history', '--format', 'json']).stdout).toBe(first);
    // Nothing in the work tree: git sees no change.
    expect(git(repo.dir, ['status', '--porcelain'])).toBe('');
  });

  it('narrows to the paths given, and to --since', () => {
    const one = JSON.parse(cro(repo.dir, ['history', 'plans/beta.yaml', '--format', 'json']).stdout) as Json;
    expect(one.accounts.map((a) => a.account)).toEqual(['Beta Retail']);
    const since = JSON.parse(cro(repo.dir, ['history', '--since', '2026-06-01', '--format', 'json']).stdout) as Json;
    expect(since.accounts.flatMap((a) => a.steps.map((s) => s.subject))).toEqual(['Maria left; more revenue', 'Comment on beta', 'Beta churned']);
  });

  it('in a shallow clone, says where the history starts', () => {
    const clone = tempTree();
    git(clone, ['clone', '-q', '--depth', '2', `file://${repo.dir}`, '.']);
    const result = cro(clone, ['history', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('cro: this clone is shallow: its history starts on 2026-06-03, and nothing earlier is shown (git fetch --unshallow for all of it)\n');
    const doc = JSON.parse(result.stdout) as Json;
    expect(doc.accounts.flatMap((a) => a.steps.map((s) => [s.subject, s.boundary]))).toEqual([['Comment on beta', true], ['Comment on beta', true], ['Beta churned', false]]);
  });

  it('text, Markdown (markdownlint-clean) and an empty history', () => {
    const text = cro(repo.dir, ['history']);
    expect(text.stdout).toContain('Acme Logistics  plans/acme-logistics.yaml');
    expect(text.stdout).toContain('+ Omar Shah (omar): detractor → supporter');
    expect(text.stdout).toContain('→ 3 of 5 critical roles covered');
    const markdown = cro(repo.dir, ['history', '--format', 'markdown']).stdout;
    const found = lint({ strings: { history: markdown }, config: { default: true, MD013: false, MD041: false, MD033: { allowed_elements: ['br'] }, MD060: { style: 'compact' } } }).history!;
    expect(found.map((f) => `${f.lineNumber}: ${f.ruleNames.join('/')} ${f.errorDetail ?? ''}`)).toEqual([]);
    const empty = gitRepo();
    expect(cro(empty.dir, ['history'])).toMatchObject({ code: 0, stdout: 'No commit changed a plan here.\n' });
    expect(cro(tempTree(), ['history']).code).toBe(2);
  });

  it('in Turkish, says nothing in English', () => {
    const result = cro(repo.dir, ['history', '--lang', 'tr'], { CRO_I18N_MARK: '1' });
    const data = ['Acme Logistics', 'Beta Retail', 'Maria Lopez', 'Omar Shah', 'Tom Becker', 'Ayşe Yılmaz', 'Jane Doe', /\(\w+\)/, /plans\/[\w .-]+\.yaml/, /[0-9a-f]{7}/, FLAGS, /Start the plans|Omar backs us|Rename the plan|Maria left; more revenue|Comment on beta|Beta churned/, /\b(critical-roles|role-backup|stakeholder-needs|referrers|new-buy-targets|breakeven-horizon)\b/];
    expect(unmarkedWords(result.stdout, data)).toEqual([]);
  });
});

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const HAS_JAVA = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;

describe('cro history --format html', () => {
  const pages: Record<string, string> = {};
  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), 'cro-history-'));
    for (const [name, args] of [['en', []], ['tr', ['--lang', 'tr']]] as const) {
      const file = join(work, `${name}.html`);
      const result = cro(repo.dir, ['history', '--format', 'html', '--output', file, ...args]);
      expect(result.code, result.stderr).toBe(0);
      pages[name] = file;
    }
    const hostile = gitRepo();
    hostile.commit({ 'plans/x.yaml': planYaml({ name: '<script>alert(1)</script> & "Co"' }) }, '<b>bold</b> & co', { author: '<i>Eve</i>' });
    const file = join(work, 'hostile.html');
    writeFileSync(file, cro(hostile.dir, ['history', '--format', 'html']).stdout);
    pages.hostile = file;
  }, 60_000);

  it('is one self-contained page with a chart per account', () => {
    const html = readFileSync(pages.en!, 'utf8');
    expect(html.match(/<svg class="history"/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|src="http|href="http/);
    expect(readFileSync(pages.tr!, 'utf8')).toContain('<html lang="tr">');
    expect(readFileSync(pages.hostile!, 'utf8')).not.toContain('<script>alert');
  });

  it.each(['en', 'tr', 'hostile'])('html-validate (standard and a11y presets): %s', async (name) => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] });
    const report = await validator.validateString(readFileSync(pages[name]!, 'utf8'), `${name}.html`);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it.skipIf(!HAS_JAVA)('the Nu HTML Checker finds no error and no warning', () => {
    const result = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', pages.en!, pages.tr!, pages.hostile!], { encoding: 'utf8', timeout: 120_000 });
    const messages = (JSON.parse(result.stderr) as { messages: Array<{ type: string; message: string; lastLine?: number }> }).messages.map((m) => `${m.type} ${m.lastLine}: ${m.message}`);
    expect(messages).toEqual([]);
  }, 120_000);
});
