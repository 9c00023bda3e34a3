import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempTree, type CliResult } from '../helpers/cli.js';

/*
 * A plan whose account, stakeholder, milestone, target and objective names, and whose
 * FILE NAME, hold escape sequences (OSC 0 window title, clear screen, OSC 8 link, CSI
 * U+009B), a line break followed by a forged "✔ no problems" line, U+2028 and a bidi
 * override: no command may pass any of it to the terminal, through the built binary
 * (`npm run build` first). cro's own colour codes are fine under FORCE_COLOR; nothing else.
 */

/** As a YAML double-quoted scalar writes it. */
const HOSTILE = String.raw`\e]0;pwned\a\e[2J\e]8;;https://evil.example\e\\link\e]8;;\e\\\x9b31m\n✔ no problems in 9 files\L\u202Eevil`;
const HOSTILE_TEXT = '\u001b]0;pwned\u0007\u001b[2J\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\\u009b31m\n✔ no problems in 9 files\u2028\u202eevil';
const FILE = `acme\u001b]0;pwned\u0007\u001b[2J\n✔ no problems\u2028\u202e.yaml`;

const PLAN = `cro: 1
account:
  name: "Acme${HOSTILE}"
  customerSince: 2026-01-01
  renewalDate: 2027-01-01
stakeholders:
  - id: maria
    name: "Maria${HOSTILE}"
    group: renew
    roles: [executive-sponsor, end-user]
    stance: advocate
  - id: omar
    name: "Omar${HOSTILE}"
    group: renew
    roles: [procurement]
    stance: neutral
newBuy:
  - unit: "Finance${HOSTILE}"
    challenge: invoices
milestones:
  - name: "Go-live${HOSTILE}"
    due: 2026-04-01
okrs:
  - objective: "Be a reference${HOSTILE}"
economics: { acquisitionCost: 84000, monthlyRevenue: 9500, grossMargin: 0.78 }
`;
const NEVER = `cro: 1\naccount: { name: "Never${HOSTILE}" }\neconomics: { acquisitionCost: 84000, monthlyRevenue: 100, supportCostMonthly: 200 }\n`;
const INVALID = `cro: 1\naccount: { name: "Broken${HOSTILE}", renewalDate: "soon${HOSTILE}" }\n`;
const FOLDER = 'plans\u001b]0;pwned\u0007\n✔ no problems\u2028\u202e';
const FOLDER_YAML = String.raw`plans\e]0;pwned\a\n✔ no problems\L\u202E`;
const AS_OF = ['--as-of', '2026-11-27'];
/** Without colour, and with cro's own colour codes forced on. */
const COLOURS: Array<Record<string, string>> = [{}, { FORCE_COLOR: '1' }];

let dir: string;
beforeAll(() => {
  dir = tempTree({
    [`one/${FILE}`]: PLAN,
    [`many/${FILE}`]: PLAN,
    [`many/never-${FILE}`]: NEVER,
    [`many/broken-${FILE}`]: INVALID,
    [`broken/${FILE}`]: INVALID,
    'config/cro.config.yaml': `plans: "nowhere${HOSTILE}"\n`,
    // A plans folder that exists but holds no plan: "no plans found in <it>".
    [`empty/${FOLDER}/.gitkeep`]: '',
    'empty/cro.config.yaml': `plans: "${FOLDER_YAML}"\n`,
  });
});

const cro = (args: string[], env: Record<string, string> = {}) => runCli([...args, ...AS_OF], { cwd: dir, env });

/** Control characters (line feed aside), line and paragraph separators, bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** stdout and stderr with cro's own colour codes taken out: nothing unsafe may be left, and no line is forged. */
function expectSafe(result: CliResult): { stdout: string[]; stderr: string[] } {
  const lines: { stdout: string[]; stderr: string[] } = { stdout: [], stderr: [] };
  for (const stream of ['stdout', 'stderr'] as const) {
    // eslint-disable-next-line no-control-regex
    const text = result[stream].replace(/\u001b\[[0-9;]*m/g, '');
    expect(text, stream).not.toMatch(UNSAFE);
    lines[stream] = text.split('\n');
    // The plan's "✔ no problems …" never starts a line: it stays after the name that carried it.
    for (const line of lines[stream]) expect(line, stream).not.toMatch(/^\s*✔ no problems/);
  }
  return lines;
}

describe('a plan that tries to take over the terminal', () => {
  it('really carries the sequences (the JSON output keeps them verbatim, escaped)', () => {
    const result = cro(['check', 'one', '--format', 'json']);
    expect(result.stdout).not.toContain('\u001b');
    const report = JSON.parse(result.stdout) as { files: Array<{ file: string; account: string; findings: Array<{ message: string }> }> };
    expect(report.files[0]!.file).toBe(`one/${FILE}`);
    expect(report.files[0]!.account).toBe(`Acme${HOSTILE_TEXT}`);
    expect(report.files[0]!.findings.some((f) => f.message.includes(`Go-live${HOSTILE_TEXT}`))).toBe(true);
  });

  it('cro check: every finding on its own line, the names and file name as inert text, coverage table included', () => {
    const findings = (JSON.parse(cro(['check', 'one', '--format', 'json']).stdout) as { files: Array<{ findings: unknown[] }> }).files[0]!.findings.length;
    for (const env of COLOURS) {
      const result = cro(['check', 'one'], env);
      expect(result.code).toBe(1);
      const { stdout } = expectSafe(result);
      expect(stdout[0]).toBe('one/acme ]0;pwned [2J ✔ no problems .yaml  Acme ]0;pwned [2J ]8;;https://evil.example \\link ]8;; \\ 31m ✔ no problems in 9 files evil');
      const findingLines = stdout.filter((line) => /^ {2}\d+:\d+ +(error|warning)/.test(line));
      expect(findingLines).toHaveLength(findings);
      for (const line of findingLines) expect(line).toMatch(/ {2}[a-z-]+$/);
      expect(stdout.join('\n')).toContain('Go-live ]0;pwned');
      expect(stdout.join('\n')).toContain('Finance ]0;pwned');
      expect(stdout.join('\n')).toContain('Be a reference ]0;pwned');
      // The coverage table names Maria and Omar; every line of it is a row of the box.
      const table = stdout.filter((line) => /^ {2}[┌├│└]/.test(line));
      expect(table.some((line) => line.includes('Maria ]0;pwned'))).toBe(true);
      expect(table.some((line) => line.includes('Omar ]0;pwned'))).toBe(true);
      for (const line of table) expect(line).toMatch(/[┐┤│┘]$/);
      expect(stdout.filter(Boolean).at(-1)).toMatch(/^✖ \d+ problems \(\d+ errors?, \d+ warnings?\) in 1 file$/);
    }
  });

  it('cro check --format github: one workflow command a line, no ESC, C1 control or bidi override', () => {
    const result = cro(['check', 'one', '--format', 'github']);
    expect(result.code).toBe(1);
    const { stdout } = expectSafe(result);
    const lines = stdout.filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=one\/acme ]0;pwned \[2J%0A✔ no problems .yaml,line=\d+,col=\d+,title=[a-z-]+::/);
  });

  it('cro breakeven <plan>: the summary, --schedule and --chart', () => {
    for (const env of COLOURS) {
      const result = cro(['breakeven', `one/${FILE}`, '--schedule', '--chart'], env);
      expect(result.code).toBe(0);
      const { stdout } = expectSafe(result);
      expect(stdout[0]).toBe('Acme ]0;pwned [2J ]8;;https://evil.example \\link ]8;; \\ 31m ✔ no problems in 9 files evil · one/acme ]0;pwned [2J ✔ no problems .yaml');
      // The summary's title, the schedule's heading and the chart's title (cut to the width).
      expect(stdout.filter((line) => line.startsWith('Acme ]0;pwned [2J ]8;;https://evil.example \\link ]8;; \\ 31m ✔ no problems in 9'))).toHaveLength(3);
      expect(stdout.some((line) => line.endsWith('evil: month by month, outlay $84,000 at the start (2026-01-01)'))).toBe(true);
      expect(stdout.some((line) => line.includes('┤'))).toBe(true);
    }
  });

  it('cro breakeven of many plans: the table, its notes, the invalid plan and the gate on stderr', () => {
    for (const env of COLOURS) {
      const result = cro(['breakeven', 'many', '--max-months', '1'], env);
      expect(result.code).toBe(1);
      const { stdout, stderr } = expectSafe(result);
      expect(stdout.some((line) => line.startsWith('Acme ]0;pwned'))).toBe(true);
      expect(stdout.some((line) => line.startsWith('many/broken-acme ]0;pwned [2J ✔ no problems .yaml:2:'))).toBe(true);
      expect(stderr.filter(Boolean).every((line) => line.startsWith('cro: many/'))).toBe(true);
      expect(stderr.filter(Boolean)).toHaveLength(3); // the invalid plan, and two plans over the limit
    }
  });

  it('cro breakeven --format markdown: no escape sequence either', () => {
    expectSafe(cro(['breakeven', 'many', '--format', 'markdown', '--schedule', '--chart']));
  });

  it('cro check --format markdown and cro report (table, markdown): no escape sequence, no forged line', () => {
    for (const env of COLOURS) {
      expectSafe(cro(['check', 'many', '--format', 'markdown'], env));
      const table = expectSafe(cro(['report', 'many'], env));
      // The invalid plan's "✖ file:line:column" line names its file as inert text.
      expect(table.stdout.some((line) => line.includes('✖ many/broken-acme ]0;pwned [2J ✔ no problems .yaml:'))).toBe(true);
      expectSafe(cro(['report', 'many', '--format', 'markdown'], env));
    }
  });

  it('cro report --format html: no control character from a plan in the page', () => {
    const html = cro(['report', 'many', '--format', 'html']).stdout;
    expect(html).not.toMatch(UNSAFE);
  });

  it('the errors of commander and the paths of cro init quote what was typed as inert text', () => {
    expectSafe(cro(['check', `--bogus\u001b]0;X\u0007`]));
    expectSafe(cro(['check', '--format', 'x\u001b[31m', '.']));
    const init = runCli(['init', 'A', '--yes', '--dir', `out\u001b]0;PWN\u0007`], { cwd: dir });
    expect(init.code).toBe(0);
    expectSafe(init);
  });

  it('cro map of an invalid plan: its file name and findings on stderr, one line each', () => {
    const result = cro(['map', `broken/${FILE}`]);
    expect(result.code).toBe(1);
    const { stderr } = expectSafe(result);
    expect(stderr[0]).toBe('cro: broken/acme ]0;pwned [2J ✔ no problems .yaml is not a valid plan, so there is no map to draw:');
    expect(stderr[1]).toMatch(/^broken\/acme ]0;pwned \[2J ✔ no problems .yaml:\d+:\d+ {2}error {2}account\.renewalDate: /);
  });

  it('usage errors that quote a path or a config value stay one line', () => {
    const missing = cro(['map', `nothing-${FILE}`]);
    expect(missing.code).toBe(2);
    expect(expectSafe(missing).stderr.filter(Boolean)).toHaveLength(1);
    for (const command of ['check', 'breakeven', 'report']) {
      const result = cro([command, '--config', 'config/cro.config.yaml']);
      expect(result.code, command).toBe(2);
      expect(expectSafe(result).stderr.filter(Boolean), command).toHaveLength(1);
    }
  });

  it('"no plans found in" a plans folder of the config whose name holds escape sequences', () => {
    for (const command of ['check', 'breakeven', 'report']) {
      const result = runCli([command, ...AS_OF], { cwd: `${dir}/empty` });
      expect(result.code, command).toBe(0);
      // cro check's own "✔ no problems in 0 files" is the one line that may start so.
      if (command === 'check') result.stdout = result.stdout.replace(/^✔ no problems in 0 files\n/, '');
      expect(expectSafe(result).stderr, command).toEqual(['cro: no plans found in plans ]0;pwned ✔ no problems  (the plans of cro.config.yaml); run `cro init` to create one', '']);
    }
  });
});
