import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

/** `cro init --template ./t.yaml --yes X` with a template of the user's own. */
function initWith(template: string) {
  const dir = tempTree({ 't.yaml': template });
  const result = runCli(['init', '--template', './t.yaml', '--yes', 'X'], { cwd: dir });
  const written = join(dir, 'x.yaml');
  return { ...result, plan: existsSync(written) ? readFileSync(written, 'utf8') : undefined };
}

describe('cro init with a template of the user\'s own', () => {
  it('refuses placeholders named after object built-ins as unknown ones, in one line, writing nothing (no crash)', () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty']) {
      const result = initWith(`cro: 1\naccount:\n  name: {{accountName}}\n  segment: {{${name}}}\n`);
      expect(result.stderr).toBe(`cro: --template t.yaml: line 4: unknown placeholder {{${name}}}; the placeholders are listed in templates/README.md\n`);
      expect(result.code).toBe(2);
      expect(result.plan).toBeUndefined();
    }
  });

  it('refuses a mistyped placeholder with the name it probably meant, instead of leaving its line a comment', () => {
    const result = initWith('cro: 1\naccount:\n  name: {{accountName}}\n  owner: {{ownr|Full name}}\n');
    expect(result.stderr).toBe('cro: --template t.yaml: line 4: unknown placeholder {{ownr}} (did you mean {{owner}}?); the placeholders are listed in templates/README.md\n');
    expect(result.code).toBe(2);
    expect(result.plan).toBeUndefined();
  });

  it('refuses {{__proto__}} in one line, as any name that is not a placeholder', () => {
    const result = initWith('cro: 1\naccount:\n  name: {{accountName}}\n  segment: {{__proto__}}\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cro: --template t.yaml: line 4: `{{` does not open a placeholder such as {{accountName}}\n');
    expect(result.plan).toBeUndefined();
  });

  it.each([
    ['flow', `x-a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, '5:69'],
    ['block', `x-a:\n  ${'- '.repeat(3000)}v\n`, '6:129'],
  ])('refuses %s nesting 3,000 deep in one line, exit 2, writing nothing', (_, tail, where) => {
    const result = initWith(`cro: 1\naccount:\n  name: {{accountName}}\n${tail}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `cro: --template t.yaml: it does not render a valid plan (at line ${where} of the rendered plan: lists and maps nest deeper than 64 levels here; a plan never needs this — flatten it)\n`,
    );
    expect(result.plan).toBeUndefined();
  });
});
