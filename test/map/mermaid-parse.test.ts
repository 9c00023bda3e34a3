import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { AS_OF, TRICKY_PLAN } from './fixtures.js';

/*
 * Every Mermaid map cro writes, in English and in Turkish, parsed by the real Mermaid
 * parser (11, the major GitHub runs, and 12) in Node: a syntax error in a label (a
 * quote, a word Mermaid reserves, another language's letters) fails here even where
 * test/map/mermaid-browser.test.ts is skipped for want of Chromium. The browser test
 * also checks how wide the maps lay out.
 */

const EXAMPLES = join(ROOT, 'examples');
const PLANS = readdirSync(join(EXAMPLES, 'plans')).filter((name) => name.endsWith('.yaml')).sort();
const PARSERS = [11, 12].map((major) => ({ major, core: join(ROOT, `node_modules/mermaid${major}/dist/mermaid.core.mjs`) })).filter(({ core }) => existsSync(core));

function parse(core: string, sources: readonly string[]): Array<{ type?: string; error?: string }> {
  const result = spawnSync(process.execPath, [join(ROOT, 'test/helpers/mermaid-parse.mjs'), core], { input: JSON.stringify(sources), encoding: 'utf8', timeout: 120_000 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Array<{ type?: string; error?: string }>;
}

function documents(): Array<{ name: string; source: string }> {
  const list: Array<{ name: string; source: string }> = [];
  const tricky = tempTree({ 'plans/tricky.yaml': TRICKY_PLAN });
  for (const lang of ['en', 'tr']) {
    for (const plan of PLANS) {
      const map = runCli(['map', `plans/${plan}`, '--format', 'mermaid', '--as-of', AS_OF, '--lang', lang], { cwd: EXAMPLES });
      expect(map.code, map.stderr).toBe(0);
      list.push({ name: `cro map ${plan} --lang ${lang}`, source: map.stdout });
    }
    const map = runCli(['map', 'plans/tricky.yaml', '--format', 'mermaid', '--as-of', AS_OF, '--lang', lang], { cwd: tricky });
    list.push({ name: `cro map (tricky plan) --lang ${lang}`, source: map.stdout });
    const report = runCli(['report', '--format', 'markdown', '--as-of', AS_OF, '--lang', lang], { cwd: EXAMPLES });
    [...report.stdout.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].forEach((m, i) => list.push({ name: `cro report --format markdown --lang ${lang}, map ${i + 1}`, source: m[1]! }));
  }
  return list;
}

describe.skipIf(PARSERS.length === 0)('Mermaid maps parsed by the real Mermaid parser, in English and Turkish', () => {
  const docs = documents();

  it.each(PARSERS)('Mermaid $major parses every map as a flowchart', ({ core }) => {
    const results = parse(core, docs.map((d) => d.source));
    expect(results.map((r, i) => ({ name: docs[i]!.name, ...r }))).toEqual(docs.map((d) => ({ name: d.name, type: 'flowchart-v2' })));
  }, 120_000);

  it.each(PARSERS)('Mermaid $major rejects a broken chart (the check can fail)', ({ core }) => {
    const [result] = parse(core, ['flowchart TB\n  a["unclosed]\n']);
    expect(result?.error).toBeTruthy();
  }, 120_000);
});
