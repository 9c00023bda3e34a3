import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache, type CheckCache } from '../../src/check/cache.js';
import type { FileStamp } from '../../src/check/file-stamp.js';
import type { FileReport } from '../../src/check/check-one.js';
import { findingsText } from '../../src/check/findings-encoding.js';
import { tempTree } from '../helpers/cli.js';
import { fileReport, finding, trickyFile } from '../formatters/fixtures.js';

// The files stand for plans; what is in them does not matter here, only that they exist.
const PLANS = tempTree({ 'plans/a.yaml': 'a', 'plans/b.yaml': 'b' });
const FILE_A = join(PLANS, 'plans/a.yaml');
const FILE_B = join(PLANS, 'plans/b.yaml');
const HASH_A = 'a'.repeat(40);
const HASH_B = 'b'.repeat(40);
const stamp = (size: number): FileStamp => ({ size, mtimeMs: 1_764_254_032_123.4567, ctimeMs: 1_764_254_032_123.4567, ino: 2 ** 40 + size });
const plain = fileReport('plans/b.yaml', null, [finding({ rule: 'okrs', severity: 'warning', message: 'no OKRs', line: 2, column: 3, path: 'okrs' })]);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** b.yaml with findings larger than the cache's read window, so that reading them moves the window off a.yaml's. */
const large = fileReport('plans/b.yaml', null, [finding({ rule: 'okrs', severity: 'warning', message: 'x'.repeat(1.2 * 2 ** 20), line: 2, column: 3, path: 'okrs' })]);

/** A cache in a fresh folder with two files' reports saved in it. */
async function savedCache(b: FileReport = plain) {
  const location = join(tempTree(), '.cro-cache');
  const cache = openCache(location, 'key-1', () => {
    throw new Error('nothing to check afresh in a new cache');
  });
  expect(cache.lookup(FILE_A, stamp(1))).toBeUndefined();
  cache.set(FILE_A, HASH_A, { ...trickyFile }, stamp(1));
  cache.set(FILE_B, HASH_B, { ...b }, stamp(2));
  await cache.save();
  cache.close();
  return location;
}

/** Opens the cache again, counting the files it asks to check afresh (found with their old bytes, unless `edited`). */
function reopen(location: string, key = 'key-1', edited = false) {
  const afresh: string[] = [];
  const cache = openCache(location, key, (file) => {
    afresh.push(file);
    const a = file === FILE_A;
    return { findingsJson: Buffer.from(findingsText(a ? trickyFile.findings : plain.findings)), hash: edited ? 'c'.repeat(40) : a ? HASH_A : HASH_B };
  });
  return { cache, afresh };
}

function expectSameReport(got: FileReport | undefined, want: FileReport) {
  expect(got).toBeDefined();
  const { account, errors, warnings, checked, findings } = got!;
  expect({ account, errors, warnings, checked, findings }).toEqual({ account: want.account, errors: want.errors, warnings: want.warnings, checked: want.checked, findings: want.findings });
  expect(text(got!.findingsJson!)).toBe(findingsText(want.findings));
}

function keepAll(cache: CheckCache) {
  const a = cache.lookup(FILE_A, stamp(1))!;
  const b = cache.lookup(FILE_B, stamp(2))!;
  cache.set(FILE_A, a.hash, a.report, stamp(1));
  cache.set(FILE_B, b.hash, b.report, stamp(2));
  return [a, b] as const;
}

describe('the check cache file', () => {
  it('gives back each report for the same stamp, or the same hash, and nothing for another', async () => {
    const location = await savedCache();
    const { cache, afresh } = reopen(location);
    expect(cache.lookup(FILE_A, { ...stamp(1), ctimeMs: stamp(1).ctimeMs + 0.001 })).toBeUndefined();
    expect(cache.get(FILE_A, HASH_B)).toBeUndefined();
    expect(cache.lookup(join(PLANS, 'plans/c.yaml'), stamp(1))).toBeUndefined();
    const a = cache.lookup(FILE_A, stamp(1));
    expect(a?.hash).toBe(HASH_A);
    expectSameReport(a?.report, trickyFile);
    // Out of order too: the rows are found by name.
    expectSameReport(cache.get(FILE_B, HASH_B), plain);
    expectSameReport(cache.lookup(FILE_A, stamp(1))?.report, trickyFile);
    expect(afresh).toEqual([]);
    cache.close();
  });

  it('leaves the file alone when nothing changed, and rewrites it for a new stamp or a dropped file', async () => {
    const location = await savedCache();
    const before = readFileSync(location);
    const modified = statSync(location).mtimeMs;

    const same = reopen(location).cache;
    keepAll(same);
    await same.save();
    same.close();
    expect(statSync(location).mtimeMs).toBe(modified);

    const touched = reopen(location).cache;
    const a = touched.get(FILE_A, HASH_A)!;
    touched.set(FILE_A, HASH_A, a, stamp(7));
    await touched.save();
    touched.close();
    expect(readFileSync(location).equals(before)).toBe(false);
    expect(reopen(location).cache.lookup(FILE_A, stamp(7))?.hash).toBe(HASH_A);
  });

  it('keeps no stamp taken within two seconds of a file being written (a coarse clock could not tell an edit), so its bytes are compared next time', async () => {
    const location = join(tempTree(), '.cro-cache');
    const now = 1_764_254_040_000;
    const racy: FileStamp = { size: 1, mtimeMs: now - 1500, ctimeMs: now - 1500, ino: 7 };
    const safe: FileStamp = { size: 2, mtimeMs: now - 2500, ctimeMs: now - 2500, ino: 8 };
    const first = openCache(location, 'key-1', () => ({ findingsJson: Buffer.from('[]'), hash: '' }), { now });
    first.set(FILE_A, HASH_A, { ...trickyFile }, racy);
    first.set(FILE_B, HASH_B, { ...plain }, safe);
    await first.save();
    first.close();

    const next = openCache(location, 'key-1', () => ({ findingsJson: Buffer.from('[]'), hash: '' }), { now: now + 60_000 });
    expect(next.lookup(FILE_A, racy)).toBeUndefined();
    expect(next.lookup(FILE_B, safe)?.hash).toBe(HASH_B);
    // The bytes still answer; once the stamp is old enough it is kept.
    const a = next.get(FILE_A, HASH_A)!;
    expectSameReport(a, trickyFile);
    next.set(FILE_A, HASH_A, a, racy);
    next.set(FILE_B, HASH_B, next.get(FILE_B, HASH_B)!, safe);
    await next.save();
    next.close();
    expect(reopen(location).cache.lookup(FILE_A, racy)?.hash).toBe(HASH_A);
  });

  it('refuses a location that holds anything but a cro cache (a plan, the config), before reading it', () => {
    const dir = tempTree({ 'plan.yaml': 'cro: 1\n', empty: '' });
    expect(() => openCache(join(dir, 'plan.yaml'), 'key-1', () => ({ findingsJson: Buffer.from('[]'), hash: '' }), { shown: 'plan.yaml' })).toThrow(
      'plan.yaml: this file is not a cro cache and would be replaced by one; name a new file',
    );
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('cro: 1\n');
    expect(() => openCache(join(dir, 'empty'), 'key-1', () => ({ findingsJson: Buffer.from('[]'), hash: '' })).close()).not.toThrow();
  });

  it('keeps the entries of files a run did not check while they exist, and drops those of files gone', async () => {
    const b = join(tempTree({ 'b.yaml': 'b' }), 'b.yaml');
    const location = join(tempTree(), '.cro-cache');
    const first = openCache(location, 'key-1', () => {
      throw new Error('not called');
    });
    first.set(FILE_A, HASH_A, { ...trickyFile }, stamp(1));
    first.set(b, HASH_B, { ...plain }, stamp(2));
    await first.save();
    first.close();

    // A run that checks only a (named, or the one file changed): b's entry stays, the file untouched.
    const modified = statSync(location).mtimeMs;
    const subset = reopen(location).cache;
    subset.set(FILE_A, HASH_A, subset.lookup(FILE_A, stamp(1))!.report, stamp(1));
    await subset.save();
    subset.close();
    expect(statSync(location).mtimeMs).toBe(modified);
    expectSameReport(reopen(location).cache.get(b, HASH_B), plain);

    // b deleted: the next run that does not meet it drops it.
    rmSync(b);
    const after = reopen(location).cache;
    after.set(FILE_A, HASH_A, after.lookup(FILE_A, stamp(1))!.report, stamp(1));
    await after.save();
    after.close();
    expect(reopen(location).cache.get(b, HASH_B)).toBeUndefined();
    expectSameReport(reopen(location).cache.get(FILE_A, HASH_A), trickyFile);
  });

  it('takes a row whose findings fail their checksum for a miss when it is looked up, before anything is written, and replaces it', async () => {
    const location = await savedCache();
    const good = readFileSync(location);
    const payloadStart = good.length - (JSON.parse(good.toString('utf8').split('\n', 1)[0]!) as { payload: { bytes: number } }).payload.bytes;
    const damaged = Buffer.from(good);
    damaged[payloadStart + 20]! ^= 0x01; // inside a.yaml's findings, which come first
    writeFileSync(location, damaged);

    const { cache, afresh } = reopen(location);
    // A miss like any other: the driver checks the plan with the files that changed.
    expect(cache.lookup(FILE_A, stamp(1))).toBeUndefined();
    const b = cache.lookup(FILE_B, stamp(2))!;
    expectSameReport(b.report, plain);
    cache.set(FILE_A, HASH_A, { ...trickyFile }, stamp(1));
    cache.set(FILE_B, b.hash, b.report, stamp(2));
    expect(afresh).toEqual([]);
    await cache.save();
    cache.close();
    expect(readFileSync(location).equals(good)).toBe(true);
  });

  it('checks afresh findings damaged after their lookup (the file overwritten during the run), never using them', async () => {
    const location = await savedCache(large);
    const good = readFileSync(location);
    const { cache, afresh } = reopen(location);
    const [a, b] = keepAll(cache);
    const payloadStart = good.length - (JSON.parse(good.toString('utf8').split('\n', 1)[0]!) as { payload: { bytes: number } }).payload.bytes;
    const damaged = Buffer.from(good);
    damaged[payloadStart + 20]! ^= 0x01;
    writeFileSync(location, damaged); // in place: the open cache reads the damaged bytes
    expectSameReport(b.report, large); // read past the window: a.yaml's findings are read from the file again
    expectSameReport(a.report, trickyFile);
    expect(afresh).toEqual([FILE_A]);
    await cache.save();
    cache.close();
    expect(readFileSync(location).equals(good)).toBe(true);
  });

  it('keeps no entry for a file found changed when checked afresh (edited during the run)', async () => {
    const location = await savedCache(large);
    const good = readFileSync(location);
    const { cache, afresh } = reopen(location, 'key-1', true);
    const [a] = keepAll(cache);
    const payloadStart = good.length - (JSON.parse(good.toString('utf8').split('\n', 1)[0]!) as { payload: { bytes: number } }).payload.bytes;
    const damaged = Buffer.from(good);
    damaged[payloadStart + 20]! ^= 0x01;
    writeFileSync(location, damaged);
    expect(cache.lookup(FILE_B, stamp(2))).toBeDefined(); // read past the window
    expectSameReport(a.report, trickyFile); // this run's best answer: the file as it is now
    expect(afresh).toEqual([FILE_A]);
    await cache.save();
    cache.close();
    const next = reopen(location).cache;
    expect(next.get(FILE_A, HASH_A)).toBeUndefined();
    expectSameReport(next.get(FILE_B, HASH_B), large);
  });

  it('holds nothing made with another key', async () => {
    const location = await savedCache();
    const { cache } = reopen(location, 'key-2');
    expect(cache.lookup(FILE_A, stamp(1))).toBeUndefined();
    expect(cache.get(FILE_B, HASH_B)).toBeUndefined();
  });
});
