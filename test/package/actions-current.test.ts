import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/*
 * The workflows cro ships or writes name actions on a maintained runtime: v4 of checkout
 * and setup-node ran on Node.js 20, past its end of life in April 2026, and runners warn
 * about them. One table here says what is current; every file must agree with it.
 */
const CURRENT_MAJORS: Record<string, string> = { 'actions/checkout': 'v7', 'actions/setup-node': 'v7' };
/** Node.js 24: LTS, maintained until April 2028. */
const NODE_VERSION = '24';

function usesAndNodeVersions(text: string) {
  const uses = [...text.matchAll(/uses:\s*(actions\/[\w-]+)@(\S+)/g)].map(([, name, ref]) => [name!, ref!] as const);
  const nodeVersions = [...text.matchAll(/node-version:\s*['"]?(\d[\w.]*)/g)].map(([, version]) => version!);
  return { uses, nodeVersions };
}

describe('the GitHub workflows cro ships and writes', () => {
  const repo = tempTree();
  runCli(['init', '--repo', repo]);
  const files: Record<string, string> = {
    'README.md': readFileSync(join(ROOT, 'README.md'), 'utf8'),
    'action.yml': readFileSync(join(ROOT, 'action.yml'), 'utf8'),
    'the workflow of cro init --repo': readFileSync(join(repo, '.github/workflows/cro.yml'), 'utf8'),
  };

  it.each(Object.keys(files))('%s uses the current major of every action and a maintained Node.js', (name) => {
    const { uses, nodeVersions } = usesAndNodeVersions(files[name]!);
    expect(uses.length, name).toBeGreaterThan(0);
    for (const [action, ref] of uses) expect(`${action}@${ref}`, name).toBe(`${action}@${CURRENT_MAJORS[action] ?? '(not in the table)'}`);
    for (const version of nodeVersions) expect(version, name).toBe(NODE_VERSION);
  });

  it('the Action defaults to that Node.js', () => {
    expect(files['action.yml']).toMatch(new RegExp(`node-version:\\n(?:.*\\n)*?\\s+default: '${NODE_VERSION}'`));
  });
});
