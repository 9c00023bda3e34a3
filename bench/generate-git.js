// Generates git repositories of plans for the benchmarks of `cro diff` and `cro history`
// (SPEC §14), with realistic changes committed: stances that move, people who leave or
// join, a backup named, revenue revised, a milestone reached, a plan renamed. Commits are
// written through one `git fast-import`, so 1,000 commits take a second, not a minute.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planText, random } from './generate.js';

const STANCES = ['advocate', 'supporter', 'neutral', 'detractor', 'unknown'];
const git = (dir, args, input) => {
  const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  if (result.status !== 0) throw new Error(`git ${args[0]}: ${result.stderr}`);
  return result.stdout.toString();
};

/** One realistic edit of a plan's text, chosen by `rand`. */
export function editPlan(text, rand, day) {
  const lines = text.split('\n');
  const people = lines.flatMap((line, i) => (line.startsWith('  - id: ') ? [i] : []));
  const person = people[Math.floor(rand() * people.length)];
  const within = (from, key) => {
    for (let i = from + 1; i < lines.length && !lines[i].startsWith('  - ') && lines[i].startsWith('    '); i++) if (lines[i].startsWith(`    ${key}:`)) return i;
    return -1;
  };
  // A key of the person: replaced when there, else added (never twice: a duplicate key is invalid YAML).
  const set = (key, value) => {
    const at = within(person, key);
    if (at === -1) lines.splice(person + 1, 0, `    ${key}: ${value}`);
    else lines[at] = `    ${key}: ${value}`;
  };
  const kind = Math.floor(rand() * 6);
  if (kind === 0 && person !== undefined) {
    const at = within(person, 'stance');
    const stance = STANCES[Math.floor(rand() * STANCES.length)];
    // A detractor needs an objection and a win plan: stances move among the others here.
    if (at !== -1 && stance !== 'detractor' && !lines[at].endsWith('detractor')) lines[at] = `    stance: ${stance}`;
    else set('lastContact', day);
  } else if (kind === 1 && person !== undefined) {
    set('leftOn', day);
  } else if (kind === 2 && person !== undefined) {
    set('lastContact', day);
  } else if (kind === 3) {
    const at = lines.findIndex((line) => line.startsWith('  monthlyRevenue: '));
    if (at !== -1) lines[at] = `  monthlyRevenue: ${2000 + Math.floor(rand() * 12000)}`;
  } else if (kind === 4) {
    const at = lines.indexOf('stakeholders:');
    const id = `new-${Math.floor(rand() * 1e6)}`;
    lines.splice(at + 1, 0, `  - id: ${id}`, '    name: New Person', '    group: renew', '    roles: [end-user]', `    stance: ${rand() < 0.5 ? 'supporter' : 'neutral'}`, `    lastContact: ${day}`);
  } else {
    const at = lines.findIndex((line) => line.startsWith('    due: 2026'));
    if (at !== -1 && !lines[at + 1]?.startsWith('    done:')) lines.splice(at + 1, 0, `    done: ${day}`);
    else lines.push(`# reviewed on ${day}`);
  }
  return lines.join('\n');
}

function stream() {
  const parts = [];
  let time = Date.UTC(2025, 0, 1) / 1000;
  const data = (text) => {
    const bytes = Buffer.from(text);
    parts.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  return {
    commit(branch, message, changes, from) {
      time += 3600 * 7;
      parts.push(Buffer.from(`commit refs/heads/${branch}\nauthor Bench <bench@example.com> ${time} +0000\ncommitter Bench <bench@example.com> ${time} +0000\n`));
      data(message);
      if (from) parts.push(Buffer.from(`from ${from}\n`));
      for (const change of changes) {
        if (change.delete) parts.push(Buffer.from(`D ${change.delete}\n`));
        else if (change.rename) parts.push(Buffer.from(`R ${change.rename[0]} ${change.rename[1]}\n`));
        else {
          parts.push(Buffer.from(`M 100644 inline ${change.path}\n`));
          data(change.text);
        }
      }
      return new Date(time * 1000).toISOString().slice(0, 10);
    },
    bytes: () => Buffer.concat(parts),
  };
}

function init(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(join(dir, 'cro.config.yaml'), 'plans: plans\ncurrency: USD\n');
}

const planPath = (i) => `plans/shard-${String(Math.floor(i / 500)).padStart(3, '0')}/account-${String(i).padStart(5, '0')}.yaml`;

/**
 * `count` plans on main, and a branch `changed` off it that edits `changed` of them (one
 * in ten renamed too); the work tree is at the branch. For `cro diff main...changed`.
 */
export function generateDiffRepository(dir, { count = 10_000, changed = 100, seed = 42 } = {}) {
  init(dir);
  const rand = random(seed);
  const texts = Array.from({ length: count }, (_, i) => planText(i, rand));
  const s = stream();
  s.commit('main', 'the plans', [{ path: 'cro.config.yaml', text: 'plans: plans\ncurrency: USD\n' }, ...texts.map((text, i) => ({ path: planPath(i), text }))]);
  const step = Math.floor(count / changed);
  const edits = [];
  for (let k = 0; k < changed; k++) {
    const i = k * step;
    const day = '2026-10-01';
    const text = editPlan(texts[i], rand, day);
    if (k % 10 === 0) edits.push({ delete: planPath(i) }, { path: planPath(i).replace('.yaml', '-renamed.yaml'), text });
    else edits.push({ path: planPath(i), text });
  }
  s.commit('changed', 'edit 100 plans', edits, 'refs/heads/main');
  git(dir, ['fast-import', '--quiet'], s.bytes());
  git(dir, ['checkout', '-q', '-f', 'changed']);
  return { dir, base: 'main', head: 'changed' };
}

/** `plans` plans and `commits` commits that each edit one to three of them (now and then a rename). For `cro history`. */
export function generateHistoryRepository(dir, { plans = 50, commits = 1000, seed = 7 } = {}) {
  init(dir);
  const rand = random(seed);
  const paths = Array.from({ length: plans }, (_, i) => `plans/account-${String(i).padStart(3, '0')}.yaml`);
  const texts = paths.map((_, i) => planText(i, rand));
  const s = stream();
  s.commit('main', 'the plans', [{ path: 'cro.config.yaml', text: 'plans: plans\ncurrency: USD\n' }, ...paths.map((path, i) => ({ path, text: texts[i] }))]);
  let day = '2025-01-01';
  for (let c = 1; c < commits; c++) {
    const changes = [];
    const touched = new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Math.floor(rand() * plans)));
    for (const i of touched) {
      texts[i] = editPlan(texts[i], rand, day);
      if (rand() < 0.01) {
        const renamed = paths[i].replace(/(-r\d+)?\.yaml$/, `-r${c}.yaml`);
        changes.push({ delete: paths[i] }, { path: renamed, text: texts[i] });
        paths[i] = renamed;
      } else changes.push({ path: paths[i], text: texts[i] });
    }
    day = s.commit('main', `update ${[...touched].join(', ')}`, changes);
  }
  git(dir, ['fast-import', '--quiet'], s.bytes());
  git(dir, ['checkout', '-q', '-f', 'main']);
  return { dir };
}
