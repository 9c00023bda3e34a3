import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The house rules of src/ that a newcomer relies on (README, "Layout"): no module imports
 * itself round a circle, and no folder depends on another that depends back on it, except
 * a folder and its own subfolder (a command and its views). Type-only imports are erased
 * by the build and do not count.
 */

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Each module's runtime imports (static and dynamic) of other modules of src/, relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1]!),
      ...[...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1]!),
    ];
    graph.set(
      relative(SRC, file),
      specifiers.map((specifier) => relative(SRC, normalize(join(dirname(file), specifier.replace(/\.js$/, '.ts'))))),
    );
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const found: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('finds the modules it should (the scan itself works)', () => {
    expect(graph.get('cli.ts')).toContain('commands/check/command.ts');
    expect(graph.get('rules/critical-roles.ts')).toContain('method/coverage.ts');
  });

  it('imports every module it names (no import of a moved or deleted file)', () => {
    const missing = [...graph].flatMap(([file, imports]) => imports.filter((target) => !graph.has(target)).map((target) => `${file} → ${target}`));
    expect(missing).toEqual([]);
  });

  it('has no cycle of modules', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no cycle of folders, but for a folder and its own subfolder', () => {
    const folderOf = (file: string) => dirname(file);
    const edges = new Map<string, Set<string>>();
    for (const [file, imports] of graph) {
      for (const target of imports) {
        const [from, to] = [folderOf(file), folderOf(target)];
        if (from === to) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
    const nested = (a: string, b: string) => a === '.' || b === '.' || b.startsWith(`${a}/`) || a.startsWith(`${b}/`);
    const loops = [...edges].flatMap(([from, tos]) => [...tos].filter((to) => from < to && edges.get(to)?.has(from) && !nested(from, to)).map((to) => `${from} ⇄ ${to}`));
    expect(loops).toEqual([]);
  });

  it('keeps src/rules/ for rules and their engine: the method’s concepts live in src/method/', () => {
    const notRules = [...graph.keys()].filter((file) => file.startsWith('rules/') && !/^rules\/(engine|index|resolve|types)\.ts$/.test(file)).filter((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      return !/export default defineRule\b/.test(text);
    });
    expect(notRules).toEqual([]);
  });
});
