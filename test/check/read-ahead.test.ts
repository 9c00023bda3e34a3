import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlanBytes } from '../../src/files/read.js';
import { startReadAhead } from '../../src/check/read-ahead.js';
import { ROOT } from '../helpers/cli.js';

// The reader thread starts from its bundle (`npm test` builds dist/ first).
const readerFile = pathToFileURL(join(ROOT, 'dist/reader.cjs'));

function corpus(count: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cro-read-ahead-'));
  const files = Array.from({ length: count }, (_, i) => join(dir, `plan-${i}.yaml`));
  files.forEach((file, i) => writeFileSync(file, `cro: 1\naccount: { name: "Çiçek ${i}" }\n${'# pad\n'.repeat(i % 50)}`));
  // What a reader meets besides plans: a missing file, a folder, an empty file.
  files[7] = join(dir, 'gone.yaml');
  mkdirSync(join(dir, 'folder.yaml'));
  files[40] = join(dir, 'folder.yaml');
  writeFileSync(files[41]!, '');
  return files;
}

const asComparable = (outcome: ReturnType<typeof readPlanBytes>) => (outcome.ok ? { ok: true, text: Buffer.from(outcome.bytes).toString('utf8') } : outcome);

describe('read-ahead', () => {
  it('delivers every file exactly as reading it here would, in order, through a small window', async () => {
    const files = corpus(300);
    const ahead = startReadAhead(files, { minFiles: 1, headStart: 5, window: 16, batch: 4, readerFile })!;
    expect(ahead).toBeDefined();
    try {
      for (let i = 0; i < files.length; i++) {
        expect(asComparable(await ahead.take(i)), files[i]).toEqual(asComparable(readPlanBytes(files[i]!)));
      }
    } finally {
      ahead.close();
    }
  });

  it('is not started for small runs or without its bundle', () => {
    const files = corpus(60);
    expect(startReadAhead(files, { readerFile })).toBeUndefined();
    expect(startReadAhead(files, { minFiles: 1, readerFile: pathToFileURL(join(ROOT, 'dist/no-such-reader.cjs')) })).toBeUndefined();
  });

  it('can be closed part way through without hanging', async () => {
    const files = corpus(400);
    const ahead = startReadAhead(files, { minFiles: 1, headStart: 0, window: 8, batch: 2, readerFile })!;
    expect(asComparable(await ahead.take(0))).toEqual(asComparable(readPlanBytes(files[0]!)));
    ahead.close();
    ahead.close();
  });
});
