import { afterAll, describe, it } from 'vitest';
import { rmSync } from 'node:fs';
import { AS_OF, COLOUR, EXAMPLES, expectGolden, trickyTree } from './golden.js';

/** Each format of `cro check`, with the file ending GitHub renders it by. */
const FORMATS = [
  ['stylish', 'stylish.txt'],
  ['markdown', 'md'],
  ['json', 'json'],
  ['github', 'github.txt'],
  ['junit', 'junit.xml'],
  ['sarif', 'sarif.json'],
  ['gitlab', 'gitlab.json'],
  ['rdjson', 'rdjson.json'],
  ['checkstyle', 'checkstyle.xml'],
] as const;

describe('cro check on the examples', () => {
  for (const [format, ext] of FORMATS) {
    it(`--format ${format}`, async () => {
      await expectGolden({ args: ['check', '--as-of', AS_OF, '--format', format], cwd: EXAMPLES, code: 1, stdout: `check/examples.${ext}` });
    });
  }

  it('stylish in colour (FORCE_COLOR=1): the escape codes are part of the layout', async () => {
    await expectGolden({ args: ['check', '--as-of', AS_OF], cwd: EXAMPLES, env: COLOUR, code: 1, stdout: 'check/examples.stylish.color.txt' });
  });

  it('stylish --quiet: warnings hidden, still counted', async () => {
    await expectGolden({ args: ['check', '--as-of', AS_OF, '--quiet'], cwd: EXAMPLES, code: 1, stdout: 'check/examples.stylish.quiet.txt' });
  });

  it('stylish of a plan without findings: the success line', async () => {
    const args = ['check', 'plans/brueckner-antriebstechnik.yaml', '--as-of', AS_OF, '--rule', 'stale-contact=off', '--rule', 'new-buy-targets=off'];
    await expectGolden({ args, cwd: EXAMPLES, code: 0, stdout: 'check/clean.stylish.txt' });
    await expectGolden({ args, cwd: EXAMPLES, env: COLOUR, code: 0, stdout: 'check/clean.stylish.color.txt' });
  });
});

describe('cro check on tricky plans (markup in names, an invalid plan, a YAML syntax error)', () => {
  const dir = trickyTree();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [format, ext] of FORMATS) {
    it(`--format ${format}`, async () => {
      await expectGolden({ args: ['check', 'plans', '--as-of', AS_OF, '--format', format], cwd: dir, code: 1, stdout: `check/tricky.${ext}` });
    });
  }

  it('stylish in colour (FORCE_COLOR=1)', async () => {
    await expectGolden({ args: ['check', 'plans', '--as-of', AS_OF], cwd: dir, env: COLOUR, code: 1, stdout: 'check/tricky.stylish.color.txt' });
  });

  it('YAML that is not a plan, named on the command line', async () => {
    await expectGolden({ args: ['check', 'plans/notes.yaml', '--as-of', AS_OF], cwd: dir, code: 1, stdout: 'check/not-a-plan.stylish.txt' });
  });

  for (const [format, ext] of FORMATS) {
    it(`an empty folder, --format ${format}: the empty document`, async () => {
      await expectGolden({ args: ['check', 'empty', '--as-of', AS_OF, '--format', format], cwd: dir, code: 0, stdout: `check/empty.${ext}`, stderr: 'check/empty.stderr.txt' });
    });
  }
});

/*
 * The same documents in Turkish (--lang tr): every word cro writes around the findings
 * is the Turkish catalog's, numbers as tr-TR writes them; the structure of the machine
 * formats is the English one's. (The findings' own messages are the rules' catalog.)
 */
describe('cro check in Turkish (--lang tr)', () => {
  for (const [format, ext] of FORMATS) {
    it(`on the examples, --format ${format}`, async () => {
      await expectGolden({ args: ['check', '--as-of', AS_OF, '--format', format, '--lang', 'tr'], cwd: EXAMPLES, code: 1, stdout: `check/examples.tr.${ext}` });
    });
  }

  it('stylish of a plan without findings: the success line', async () => {
    const args = ['check', 'plans/brueckner-antriebstechnik.yaml', '--as-of', AS_OF, '--rule', 'stale-contact=off', '--rule', 'new-buy-targets=off', '--lang', 'tr'];
    await expectGolden({ args, cwd: EXAMPLES, code: 0, stdout: 'check/clean.tr.stylish.txt' });
  });

  it('stylish --quiet, and markdown --quiet (the note on hidden warnings)', async () => {
    await expectGolden({ args: ['check', '--as-of', AS_OF, '--quiet', '--lang', 'tr'], cwd: EXAMPLES, code: 1, stdout: 'check/examples.tr.stylish.quiet.txt' });
    await expectGolden({ args: ['check', '--as-of', AS_OF, '--quiet', '--format', 'markdown', '--lang', 'tr'], cwd: EXAMPLES, code: 1, stdout: 'check/examples.tr.quiet.md' });
  });

  describe('on tricky plans', () => {
    const dir = trickyTree();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const format of ['stylish', 'markdown', 'junit'] as const) {
      const ext = FORMATS.find(([name]) => name === format)![1];
      it(`--format ${format}`, async () => {
        await expectGolden({ args: ['check', 'plans', '--as-of', AS_OF, '--format', format, '--lang', 'tr'], cwd: dir, code: 1, stdout: `check/tricky.tr.${ext}` });
      });
    }

    it('an empty folder, --format markdown: the empty document', async () => {
      await expectGolden({ args: ['check', 'empty', '--as-of', AS_OF, '--format', 'markdown', '--lang', 'tr'], cwd: dir, code: 0, stdout: 'check/empty.tr.md', stderr: 'check/empty.tr.stderr.txt' });
    });
  });
});
