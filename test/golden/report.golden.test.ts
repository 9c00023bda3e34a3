import { afterAll, describe, it } from 'vitest';
import { rmSync } from 'node:fs';
import { AS_OF, COLOUR, EXAMPLES, expectGolden, trickyTree } from './golden.js';

const FORMATS = [
  ['table', 'table.txt'],
  ['markdown', 'md'],
  ['json', 'json'],
  ['html', 'html'],
] as const;

describe('cro report on the examples', () => {
  for (const [format, ext] of FORMATS) {
    it(`--format ${format}`, async () => {
      await expectGolden({ args: ['report', '--as-of', AS_OF, '--format', format], cwd: EXAMPLES, code: 1, stdout: `report/examples.${ext}` });
    });
  }

  it('table in colour (FORCE_COLOR=1)', async () => {
    await expectGolden({ args: ['report', '--as-of', AS_OF], cwd: EXAMPLES, env: COLOUR, code: 1, stdout: 'report/examples.table.color.txt' });
  });
});

describe('cro report on tricky plans (markup in names, invalid plans, one that never pays back)', () => {
  const dir = trickyTree();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [format, ext] of FORMATS) {
    it(`--format ${format}`, async () => {
      await expectGolden({ args: ['report', 'plans', '--as-of', AS_OF, '--format', format], cwd: dir, code: 1, stdout: `report/tricky.${ext}` });
    });
  }

  for (const [format, ext] of FORMATS) {
    it(`an empty folder, --format ${format}: the empty document`, async () => {
      await expectGolden({ args: ['report', 'empty', '--as-of', AS_OF, '--format', format], cwd: dir, code: 0, stdout: `report/empty.${ext}`, stderr: 'report/empty.stderr.txt' });
    });
  }
});

/* The report in Turkish (--lang tr): its words, the attention reasons (in the JSON too) and tr-TR numbers and money. */
describe('cro report in Turkish (--lang tr)', () => {
  for (const [format, ext] of FORMATS) {
    it(`on the examples, --format ${format}`, async () => {
      await expectGolden({ args: ['report', '--as-of', AS_OF, '--format', format, '--lang', 'tr'], cwd: EXAMPLES, code: 1, stdout: `report/examples.tr.${ext}` });
    });
  }

  describe('on tricky plans', () => {
    const dir = trickyTree();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const [format, ext] of FORMATS) {
      it(`--format ${format}`, async () => {
        await expectGolden({ args: ['report', 'plans', '--as-of', AS_OF, '--format', format, '--lang', 'tr'], cwd: dir, code: 1, stdout: `report/tricky.tr.${ext}` });
      });
    }

    for (const [format, ext] of [['table', 'table.txt'], ['html', 'html']] as const) {
      it(`an empty folder, --format ${format}: the empty document`, async () => {
        await expectGolden({ args: ['report', 'empty', '--as-of', AS_OF, '--format', format, '--lang', 'tr'], cwd: dir, code: 0, stdout: `report/empty.tr.${ext}`, stderr: 'report/empty.tr.stderr.txt' });
      });
    }
  });
});
