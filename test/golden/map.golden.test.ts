import { afterAll, describe, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, COLOUR, EXAMPLES, expectGolden, trickyTree } from './golden.js';

const FORMATS = [
  ['tree', 'tree.txt'],
  ['mermaid', 'mmd'],
  ['dot', 'dot'],
] as const;

const EXAMPLE_PLANS = readdirSync(join(EXAMPLES, 'plans')).filter((name) => name.endsWith('.yaml')).sort();

describe('cro map of each example', () => {
  for (const plan of EXAMPLE_PLANS) {
    const name = plan.replace(/\.yaml$/, '');
    for (const [format, ext] of FORMATS) {
      it(`${name} --format ${format}`, async () => {
        await expectGolden({ args: ['map', `plans/${plan}`, '--as-of', AS_OF, '--format', format], cwd: EXAMPLES, code: 0, stdout: `map/${name}.${ext}` });
      });
    }
  }

  it('the tree in colour (FORCE_COLOR=1): stance by colour', async () => {
    await expectGolden({ args: ['map', 'plans/harbor-and-vine-grocers.yaml', '--as-of', AS_OF], cwd: EXAMPLES, env: COLOUR, code: 0, stdout: 'map/harbor-and-vine-grocers.tree.color.txt' });
  });
});

describe('cro map of tricky plans', () => {
  const dir = trickyTree();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [format, ext] of FORMATS) {
    it(`TRICKY_PLAN --format ${format}`, async () => {
      await expectGolden({ args: ['map', 'plans/tricky.yaml', '--as-of', AS_OF, '--format', format], cwd: dir, code: 0, stdout: `map/tricky.${ext}` });
    });
  }

  it('an invalid plan: nothing on stdout, its findings on stderr', async () => {
    await expectGolden({ args: ['map', 'plans/broken.yaml', '--as-of', AS_OF], cwd: dir, code: 1, stdout: 'map/broken.tree.txt', stderr: 'map/broken.stderr.txt' });
  });
});

/* The map in Turkish (--lang tr): group, role and stance names, marks and legends; the Mermaid and DOT syntax is the same. */
describe('cro map in Turkish (--lang tr)', () => {
  for (const name of ['harbor-and-vine-grocers', 'copper-kettle-coffee']) {
    for (const [format, ext] of FORMATS) {
      it(`${name} --format ${format}`, async () => {
        await expectGolden({ args: ['map', `plans/${name}.yaml`, '--as-of', AS_OF, '--format', format, '--lang', 'tr'], cwd: EXAMPLES, code: 0, stdout: `map/${name}.tr.${ext}` });
      });
    }
  }

  describe('of tricky plans', () => {
    const dir = trickyTree();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const [format, ext] of FORMATS) {
      it(`TRICKY_PLAN --format ${format}`, async () => {
        await expectGolden({ args: ['map', 'plans/tricky.yaml', '--as-of', AS_OF, '--format', format, '--lang', 'tr'], cwd: dir, code: 0, stdout: `map/tricky.tr.${ext}` });
      });
    }

    it('an invalid plan: nothing on stdout, its findings on stderr', async () => {
      await expectGolden({ args: ['map', 'plans/broken.yaml', '--as-of', AS_OF, '--lang', 'tr'], cwd: dir, code: 1, stdout: 'map/broken.tree.txt', stderr: 'map/broken.tr.stderr.txt' });
    });
  });
});
