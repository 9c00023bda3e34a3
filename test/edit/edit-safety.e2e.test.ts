import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/*
 * What a new user met in the edit commands (SPEC §7), from the built binary on a copy of
 * examples/: a recorded review or departure is not overwritten without --force, no fact
 * is recorded for a day to come, the backup note names the real plan and person, and
 * names that match nothing get a did-you-mean and a readable list. Each refusal: exit 2,
 * one line, and the plan's bytes unchanged.
 */

const HARBOR = 'plans/harbor-and-vine-grocers.yaml';
const AS_OF = ['--as-of', '2026-12-04'];

function examples(): { dir: string; bytes: () => Buffer; cro: (...args: string[]) => ReturnType<typeof runCli> } {
  const dir = tempTree();
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  return { dir, bytes: () => readFileSync(join(dir, HARBOR)), cro: (...args) => runCli([...args, ...AS_OF], { cwd: dir }) };
}

describe('cro review of a milestone that already has a review', () => {
  it('refuses to replace it without --force, naming the review recorded; the plan is unchanged', () => {
    const { bytes, cro } = examples();
    const before = bytes();
    const result = cro('review', 'harbor', 'Go');
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'cro: "Go-live, 12 pilot stores" already has a 360° review on 2026-03-24 (customer, sales, marketing, customer-success); nothing was written (add --force to replace it)\n',
    });
    expect(bytes().equals(before)).toBe(true);
  });

  it('recording the same review again changes nothing and says so', () => {
    const { bytes, cro } = examples();
    const before = bytes();
    const result = cro('review', 'harbor', 'Go', '--date', '2026-03-24', '--notes', 'Two weeks late on POS integration; pilot stores happy.');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${HARBOR}: the 360° review of "Go-live, 12 pilot stores" on 2026-03-24 (customer, sales, marketing, customer-success) is already recorded\n`);
    expect(bytes().equals(before)).toBe(true);
  });

  it('with --force replaces it and says what it replaced', () => {
    const { bytes, cro } = examples();
    const before = bytes().toString('utf8');
    const result = cro('review', 'harbor', 'Go', '--force', '--perspectives', 'customer,sales', '--notes', 'Back on track.');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${HARBOR}: 360° review of "Go-live, 12 pilot stores" on 2026-12-04: customer, sales (replaces the review on 2026-03-24: customer, sales, marketing, customer-success)\n`);
    const after = bytes().toString('utf8');
    expect(after).toBe(
      before
        .replace('      date: 2026-03-24\n      perspectives: [customer, sales, marketing, customer-success]\n      notes: Two weeks late on POS integration; pilot stores happy.', '      date: 2026-12-04\n      perspectives: [customer, sales]\n      notes: Back on track.'),
    );
    expect(after).not.toBe(before);
  });

  it('with --force and no --notes, the old notes do not stay under the new date', () => {
    const { bytes, cro } = examples();
    const before = bytes().toString('utf8');
    const result = cro('review', 'harbor', 'Go', '--force');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${HARBOR}: 360° review of "Go-live, 12 pilot stores" on 2026-12-04: customer, sales, marketing, customer-success (replaces the review on 2026-03-24: customer, sales, marketing, customer-success)\n`);
    expect(bytes().toString('utf8')).toBe(before.replace('      date: 2026-03-24\n', '      date: 2026-12-04\n').replace('      notes: Two weeks late on POS integration; pilot stores happy.\n', ''));
  });

  it('--done alone records the day reached and keeps the review', () => {
    const { bytes, cro } = examples();
    const before = bytes().toString('utf8');
    const result = cro('review', 'harbor', 'Go', '--done', '2026-03-14');
    expect(result).toMatchObject({ code: 0, stdout: `${HARBOR}: "Go-live, 12 pilot stores" reached on 2026-03-14\n` });
    expect(bytes().toString('utf8')).toBe(before.replace('    done: 2026-03-13\n', '    done: 2026-03-14\n'));
  });

  it('refuses a --done after today', () => {
    const { bytes, cro } = examples();
    const before = bytes();
    expect(cro('review', 'harbor', 'Rollout', '--done', '2026-12-05')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'cro: --done 2026-12-05 is after today (2026-12-04): a milestone is reached once it has happened; check the year\n',
    });
    expect(bytes().equals(before)).toBe(true);
  });
});

describe('cro left of someone already recorded as having left', () => {
  it('refuses another day without --force, naming the day recorded', () => {
    const { bytes, cro } = examples();
    const before = bytes();
    expect(cro('left', 'harbor', 'rachel', '--on', '2026-12-01')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'cro: Rachel Kim is already recorded as having left on 2026-08-14; nothing was written (add --force to record 2026-12-01 instead)\n',
    });
    expect(bytes().equals(before)).toBe(true);
  });

  it('with --force records the new day and says what it was', () => {
    const { bytes, cro } = examples();
    const before = bytes().toString('utf8');
    const result = cro('left', 'harbor', 'rachel', '--on', '2026-12-01', '--force');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${HARBOR}: Rachel Kim left on 2026-12-01 (was 2026-08-14)\n`);
    expect(bytes().toString('utf8')).toBe(before.replace('    leftOn: 2026-08-14\n', '    leftOn: 2026-12-01\n'));
  });

  it('refuses an --on after today', () => {
    const { bytes, cro } = examples();
    const before = bytes();
    expect(cro('left', 'harbor', 'victor', '--on', '2026-12-05')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'cro: --on 2026-12-05 is after today (2026-12-04): record that someone left once they have; check the year\n',
    });
    expect(bytes().equals(before)).toBe(true);
  });
});

describe('cro left --successor whose own backup was the person who left', () => {
  it('says the successor cannot back up themselves, with the command for this plan and person', () => {
    const { bytes, cro } = examples();
    expect(cro('stakeholder', 'set', 'harbor', 'ben', 'backup=victor').code).toBe(0);
    const before = bytes().toString('utf8');
    const result = cro('left', 'harbor', 'victor', '--on', '2026-11-30', '--successor', 'ben');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `${HARBOR}: Ben Foster needs a new backup (it was Victor Almeida); Ben Foster is the successor and cannot back up themselves: cro stakeholder set harbor ben backup=<id>\n`,
    );
    expect(result.stdout).not.toContain('--successor');
    // Victor has left; Ben's backup stays (it is listed as needing a new one).
    const after = bytes().toString('utf8');
    expect(after).toBe(before.replace('    lastContact: 2026-08-05\n', '    lastContact: 2026-08-05\n    leftOn: 2026-11-30\n'));
  });

  it('without --successor suggests it, and names the plan and person', () => {
    const { bytes, cro } = examples();
    const before = bytes();
    const result = cro('left', 'harbor', 'rachel', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${HARBOR}: Victor Almeida needs a new backup (it was Rachel Kim): cro stakeholder set harbor victor backup=<id>, or run again with --successor\n`);
    expect(bytes().equals(before)).toBe(true);
  });
});

describe('names that match nothing', () => {
  it('a folder without plans says so, and how to make one', () => {
    const dir = tempTree({ 'notes.txt': 'hello\n' });
    expect(runCli(['contact', 'x', 'y'], { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr: 'cro: no plan "x"; there are no plans here (cro init makes one)\n' });
  });

  it('an unknown plan gets the nearest file name first, then the plans one per entry', () => {
    const { bytes, cro } = examples();
    const before = bytes();
    const result = cro('contact', 'harbr', 'ben');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'cro: no plan "harbr" (did you mean harbor-and-vine-grocers?); there are: brueckner-antriebstechnik (Brückner Antriebstechnik GmbH); copper-kettle-coffee (Copper Kettle Coffee Roasters); halcyon-cold-chain (Halcyon Cold Chain); harbor-and-vine-grocers (Harbor & Vine Grocers); northgate-building-supply (Northgate Building Supply)\n',
    );
    expect(bytes().equals(before)).toBe(true);
  });

  it('an unknown person is suggested and listed as id (Name)', () => {
    const { cro } = examples();
    const result = cro('contact', 'harbor', 'bne');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cro: no person "bne" \(did you mean ben \(Ben Foster\)\?\); there are: rachel \(Rachel Kim\); victor \(Victor Almeida\); .*; ben \(Ben Foster\); .*\n$/);
  });

  it('milestones, which hold commas, are quoted and separated by semicolons', () => {
    const { cro } = examples();
    expect(cro('review', 'harbor', 'Golive')).toMatchObject({
      code: 2,
      stderr: 'cro: no milestone "Golive" (did you mean "Go-live, 12 pilot stores"?); there are: "Go-live, 12 pilot stores"; "Rollout, all 60 stores"; "Executive business review before renewal"\n',
    });
  });
});

describe('cro stakeholder with an unknown subcommand', () => {
  it('is a usage error naming add and set', () => {
    expect(runCli(['stakeholder', 'foo'])).toMatchObject({ code: 2, stdout: '', stderr: "cro: unknown command 'foo'; cro stakeholder takes 'add' or 'set'\n" });
  });

  it('with the nearest when there is one', () => {
    expect(runCli(['stakeholder', 'ad'])).toMatchObject({ code: 2, stderr: "cro: unknown command 'ad' (did you mean add?); cro stakeholder takes 'add' or 'set'\n" });
  });
});

describe('in Turkish', () => {
  it('the refusals come from the catalog', () => {
    const { bytes, cro } = examples();
    const before = bytes();
    const env = { CRO_I18N_MARK: '1' };
    const runs = [
      runCli(['review', 'harbor', 'Go', '--lang', 'tr', ...AS_OF], { cwd: examples().dir, env }),
      runCli(['left', 'harbor', 'rachel', '--on', '2026-12-01', '--lang', 'tr', ...AS_OF], { cwd: examples().dir, env }),
      runCli(['review', 'harbor', 'Rollout', '--done', '2026-12-05', '--lang', 'tr', ...AS_OF], { cwd: examples().dir, env }),
      runCli(['contact', 'harbr', 'ben', '--lang', 'tr', ...AS_OF], { cwd: examples().dir, env }),
      runCli(['stakeholder', 'foo', '--lang', 'tr'], { env }),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(unmarkedWords(run.stderr, [FLAGS, /cro/, /harbor[\w-]*/, /\b[a-z]+(-[a-z]+)+\b/, /\b(?:customer|sales|marketing|foo|add|set|stakeholder|Rachel|Kim|Go|live|pilot|stores|Rollout|Harbor|Vine|Grocers|Br\u00fcckner|Antriebstechnik|GmbH|Copper|Kettle|Coffee|Roasters|Halcyon|Cold|Chain|Northgate|Building|Supply)\b/])).toEqual([]);
    }
    expect(cro('review', 'harbor', 'Go', '--lang', 'tr').stderr).toBe(
      'cro: "Go-live, 12 pilot stores" için 2026-03-24 tarihli bir 360° değerlendirme (customer, sales, marketing, customer-success) zaten kayıtlı; hiçbir şey yazılmadı (yerine yenisini yazmak için --force ekleyin)\n',
    );
    expect(bytes().equals(before)).toBe(true);
  });
});
