import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { generateRepository, planText, random } from '../../bench/generate.js';

const PLAN_A = planText(1, random(1));
const PLAN_B = planText(2, random(2));
/** The cache file's header and index (its first two lines; the findings follow as bytes), with the index's files. */
const readCache = (file: string) => {
  const [header, index] = readFileSync(file, 'utf8').split('\n', 2);
  const parsed = JSON.parse(index!) as { files: string[]; counts: number[] } & Record<string, unknown>;
  return { header: JSON.parse(header!), index: parsed, rows: parsed.files };
};
const check = (dir: string, ...extra: string[]) => runCli(['check', '--format', 'json', '--as-of', '2026-11-27', '--cache', ...extra], { cwd: dir });

describe('cro check --cache', () => {
  it('gives the same report from the cache as from a fresh check, and notices changed files', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A, 'plans/b.yaml': PLAN_B });
    const fresh = runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir });
    const first = check(dir);
    const cached = check(dir);
    expect(first.stdout).toBe(fresh.stdout);
    expect(cached.stdout).toBe(fresh.stdout);
    expect(cached.code).toBe(fresh.code);
    expect(readCache(join(dir, '.cro-cache')).rows).toHaveLength(2);

    // A change to one plan is seen; the other comes from the cache.
    writeFileSync(join(dir, 'plans/a.yaml'), PLAN_A.replace(/  name: .*/, '  name: Renamed Account'));
    const afterEdit = check(dir);
    expect(afterEdit.stdout).toBe(runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir }).stdout);
    expect(afterEdit.stdout).not.toBe(cached.stdout);
    // The cache rewritten from one fresh file and one kept from the old file serves the next run whole.
    const { index } = readCache(join(dir, '.cro-cache'));
    expect(index.files).toHaveLength(2);
    expect(check(dir).stdout).toBe(afterEdit.stdout);
    expect(readCache(join(dir, '.cro-cache')).index).toEqual(index);
  });

  it('sees an edit that keeps the size and the modification time (the change time moves)', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    const file = join(dir, 'plans/a.yaml');
    utimesSync(file, 1_700_000_000, 1_700_000_000); // whole seconds, so they can be set back exactly
    check(dir);
    const before = statSync(file);
    const edited = PLAN_A.replace(/  name: (.)/, (_: string, c: string) => `  name: ${c === 'Z' ? 'Y' : 'Z'}`);
    expect(edited.length).toBe(PLAN_A.length);
    writeFileSync(file, edited);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(check(dir).stdout).toBe(runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir }).stdout);
  });

  it('is invalidated by --as-of, the rules and the config', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    check(dir);
    const key = () => readCache(join(dir, '.cro-cache')).header.key as string;
    const first = key();
    check(dir, '--rule', 'okrs=off');
    expect(key()).not.toBe(first);
    runCli(['check', '--format', 'json', '--as-of', '2026-12-31', '--cache'], { cwd: dir });
    const later = key();
    expect(later).not.toBe(first);
    writeFileSync(join(dir, 'cro.config.yaml'), 'rules:\n  stale-contact: [warn, { days: 30 }]\n');
    const withConfig = check(dir);
    expect(key()).not.toBe(later);
    expect(withConfig.stdout).toBe(runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir }).stdout);
  });

  it('ignores and rewrites a corrupt cache, never trusting it, and refuses a file that is no cro cache at all', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    const fresh = runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir }).stdout;
    const location = join(dir, '.cro-cache');
    for (const junk of ['', '{"form', '{"format":"cro-check-cache"}\n[]\n', '{"format":"cro-check-cache","version":1}\n{not json', '{"format":"cro-check-cache"']) {
      writeFileSync(location, junk);
      expect(check(dir).stdout).toBe(fresh);
      expect(readCache(location).header.format).toBe('cro-check-cache');
    }
    // Someone else's file (another tool's cache, a report): replacing it would lose it.
    for (const foreign of ['{not json', '[]', JSON.stringify({ format: 'eslint', entries: {} })]) {
      writeFileSync(location, foreign);
      const refused = runCli(['check', '--cache', '--as-of', '2026-11-27'], { cwd: dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe('cro: --cache: the cache file .cro-cache: this file is not a cro cache and would be replaced by one; name a new file\n');
      expect(readFileSync(location, 'utf8')).toBe(foreign);
    }
    rmSync(location);
    // A plan written in the last two seconds gets no stamp (a coarse clock could not tell
    // an edit); the file compared below is made once the plan's stamp is kept.
    const written = statSync(join(dir, 'plans/a.yaml')).ctimeMs;
    const wait = written + 2100 - Date.now();
    if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    check(dir);
    const good = readFileSync(location);
    const { header, index } = readCache(location);
    const payloadStart = good.length - header.payload.bytes;
    const payload = good.subarray(payloadStart);
    /** The cache with another index, its size and checksum in the header made to fit. */
    const forged = (changed: Record<string, unknown>) => {
      const text = Buffer.from(`${JSON.stringify({ ...index, ...changed })}\n`);
      return Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, index: { bytes: text.length - 1, crc32: crc32(text) } })}\n`), text, payload]);
    };
    const damaged: Array<[string, Buffer]> = [
      // a findings byte changed: their checksum no longer matches
      ['a flipped byte in the findings', Buffer.concat([good.subarray(0, payloadStart + 10), Buffer.from([good[payloadStart + 10]! ^ 0x20]), good.subarray(payloadStart + 11)])],
      ['a flipped byte in the index', Buffer.concat([good.subarray(0, payloadStart - 10), Buffer.from([good[payloadStart - 10]! ^ 0x01]), good.subarray(payloadStart - 9)])],
      ['a truncated file', good.subarray(0, good.length - 5)],
      ['an index of the wrong shape, checksum and all', forged({ counts: index.counts.map((n, i) => (i === 0 ? 'many' : n)) })],
      ['lengths that do not add up, checksum and all', forged({ counts: index.counts.map((n, i) => (i % 5 === 3 ? 1 : n)) })],
      ['hashes that are not hashes', forged({ hashes: 'x'.repeat(40) })],
      ['counts beyond any plan, checksum and all', forged({ counts: index.counts.map((n, i) => (i === 0 ? 1e300 : n)) })],
      ['a kind that does not exist, checksum and all', forged({ counts: index.counts.map((n, i) => (i === 2 ? 3 : n)) })],
    ];
    for (const [what, bytes] of damaged) {
      writeFileSync(location, bytes);
      const rerun = check(dir);
      expect(rerun.stdout, what).toBe(fresh);
      expect(readFileSync(location).equals(good), `${what}: rewritten`).toBe(true);
    }
  });

  it('gives the right findings though the cache is scribbled over or cut short during the run, and rewrites it', () => {
    // Enough plans that their findings (~1.5 MB) outgrow the window the cache is read through.
    const dir = tempTree({});
    generateRepository(dir, 400);
    const fresh = runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir });
    // Overwrites the cache in place (same file, not a new one renamed over it) as the report starts.
    const hook = join(dir, 'hook.cjs');
    writeFileSync(
      hook,
      `const fs = require('node:fs'); const location = ${JSON.stringify(join(dir, '.cro-cache'))}; let done = false;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (!done) {
    done = true;
    const size = fs.statSync(location).size;
    if (process.env.HOOK === 'truncate') fs.truncateSync(location, size >> 1);
    else { const fd = fs.openSync(location, 'r+'); fs.writeSync(fd, Buffer.alloc(size - 200, 0x41), 0, size - 200, 200); fs.closeSync(fd); }
  }
  return write(chunk, ...rest);
};`,
    );
    for (const mode of ['scribble', 'truncate']) {
      check(dir);
      const warm = runCli(['check', '--format', 'json', '--as-of', '2026-11-27', '--cache'], { cwd: dir, env: { NODE_OPTIONS: `--require ${hook}`, HOOK: mode } });
      expect(warm.stderr, mode).toBe('');
      expect(warm.stdout, mode).toBe(fresh.stdout);
      expect(warm.code, mode).toBe(fresh.code);
      // The findings that failed their checksum were found afresh, and the cache rewritten whole.
      const location = join(dir, '.cro-cache');
      const { header, index } = readCache(location);
      expect(index.files, mode).toHaveLength(400);
      expect(statSync(location).size - header.payload.bytes, mode).toBe(Buffer.byteLength(readFileSync(location, 'latin1').split('\n', 2).join('\n'), 'latin1') + 1);
    }
  });

  it('gives every format, and --quiet, the same output from the cache as from a fresh check', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A, 'plans/b.yaml': PLAN_B, 'plans/bad.yaml': 'cro: 1\naccount: { name: Bad, currency: usd }\n' });
    for (const extra of [['--format', 'stylish'], ['--format', 'github'], ['--format', 'sarif'], ['--format', 'junit'], ['--format', 'markdown'], ['--format', 'json', '--quiet'], ['--format', 'stylish', '--quiet']]) {
      const args = ['check', '--as-of', '2026-11-27', ...extra];
      const fresh = runCli(args, { cwd: dir });
      const cold = runCli([...args, '--cache'], { cwd: dir });
      const warm = runCli([...args, '--cache'], { cwd: dir });
      expect(cold.stdout, extra.join(' ')).toBe(fresh.stdout);
      expect(warm.stdout, extra.join(' ')).toBe(fresh.stdout);
      expect(warm.code).toBe(fresh.code);
    }
  });

  it('serves a switch of --format from the same cache', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A, 'plans/b.yaml': PLAN_B, 'plans/bad.yaml': 'cro: 1\naccount: { name: Bad, currency: usd }\n' });
    const location = join(dir, '.cro-cache');
    const stylish = ['check', '--as-of', '2026-11-27', '--format', 'stylish'];
    const json = ['check', '--as-of', '2026-11-27', '--format', 'json'];
    runCli([...json, '--cache'], { cwd: dir });
    const written = readFileSync(location);
    // Stylish draws coverage tables, which a json run's cache holds too; and back again.
    // The same key and entries: a cache made for another format would have another key.
    expect(runCli([...stylish, '--cache'], { cwd: dir }).stdout).toBe(runCli(stylish, { cwd: dir }).stdout);
    expect(readFileSync(location).equals(written)).toBe(true);
    expect(runCli([...json, '--cache'], { cwd: dir }).stdout).toBe(runCli(json, { cwd: dir }).stdout);
    expect(readFileSync(location).equals(written)).toBe(true);
  });

  it('never draws a coverage table from stored coverage that fails its checksum', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A, 'plans/b.yaml': PLAN_B });
    const location = join(dir, '.cro-cache');
    const stylish = ['check', '--as-of', '2026-11-27', '--format', 'stylish'];
    runCli(['check', '--as-of', '2026-11-27', '--format', 'json', '--cache'], { cwd: dir });
    const bytes = readFileSync(location);
    const { index } = readCache(location);
    // Row 0's coverage follows its findings; one role renamed in it still parses as JSON.
    const payloadStart = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
    const coverageStart = payloadStart + index.counts[3]!;
    const coverage = bytes.subarray(coverageStart, coverageStart + index.counts[5]!);
    expect(coverage.length).toBeGreaterThan(0);
    const at = coverage.indexOf('end-user');
    expect(at).toBeGreaterThan(-1);
    coverage.write('end-usex', at);
    writeFileSync(location, bytes);
    expect(runCli([...stylish, '--cache'], { cwd: dir }).stdout).toBe(runCli(stylish, { cwd: dir }).stdout);
  });

  it('reports YAML that is not a plan only when it is named, cache or not', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A, 'plans/notes.yaml': 'foo: 1\n' });
    const named = ['check', '--format', 'json', '--as-of', '2026-11-27', 'plans/notes.yaml', 'plans'];
    const scanned = ['check', '--format', 'json', '--as-of', '2026-11-27', 'plans'];
    for (const args of [named, scanned, named, scanned]) {
      const cached = runCli([...args, '--cache'], { cwd: dir });
      const fresh = runCli(args, { cwd: dir });
      expect(cached.stdout, args.join(' ')).toBe(fresh.stdout);
      expect(cached.code, args.join(' ')).toBe(fresh.code);
    }
    expect(runCli([...scanned, '--cache'], { cwd: dir }).stdout).not.toContain('notes.yaml');
  });

  it('will not write the report over the cache file or over a plan', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    const plan = readFileSync(join(dir, 'plans/a.yaml'));
    for (const [args, why] of [
      [['--cache-location', 'c.cache', '--output', 'c.cache'], /--output c\.cache: is this run's cache file/],
      [['--cache', '--output', '.cro-cache'], /--output \.cro-cache: is this run's cache file/],
      [['--output', 'plans/a.yaml'], /--output plans\/a\.yaml: is one of the plans being read/],
    ] as const) {
      const result = runCli(['check', '--as-of', '2026-11-27', ...args], { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(why);
    }
    expect(readFileSync(join(dir, 'plans/a.yaml')).equals(plan)).toBe(true);
    expect(runCli(['report', '--output', 'plans/a.yaml'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/is one of the plans being read/) });
    expect(runCli(['map', 'plans/a.yaml', '--output', 'plans/a.yaml'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/is one of the plans being read/) });
    expect(readFileSync(join(dir, 'plans/a.yaml')).equals(plan)).toBe(true);
  });

  it('leaves alone a FIFO or a folder at the cache location, and runs without a cache', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    const fresh = runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir });
    execFileSync('mkfifo', [join(dir, 'fifo.cache')]);
    mkdirSync(join(dir, 'folder.cache'));
    for (const location of ['fifo.cache', 'folder.cache']) {
      // Reading a FIFO would wait for a writer forever: runCli's timeout turns a hang into a failure.
      const result = runCli(['check', '--format', 'json', '--as-of', '2026-11-27', '--cache-location', location], { cwd: dir });
      expect(result, location).toEqual(fresh);
    }
    expect(statSync(join(dir, 'fifo.cache')).isFIFO()).toBe(true);
    expect(statSync(join(dir, 'folder.cache')).isDirectory()).toBe(true);
  });

  it('--cache-location puts the cache elsewhere', () => {
    const dir = tempTree({ 'plans/a.yaml': PLAN_A });
    expect(runCli(['check', '--as-of', '2026-11-27', '--cache-location', 'tmp-cache.json'], { cwd: dir }).code).toBe(1);
    expect(readCache(join(dir, 'tmp-cache.json')).header.format).toBe('cro-check-cache');
    // Where no cache can be written (under a file), the run goes on without one.
    const fresh = runCli(['check', '--format', 'json', '--as-of', '2026-11-27'], { cwd: dir });
    const nowhere = runCli(['check', '--format', 'json', '--as-of', '2026-11-27', '--cache-location', 'plans/a.yaml/cache'], { cwd: dir });
    expect(nowhere).toEqual(fresh);
  });
});
