/*
 * A unified diff of two texts, as `diff -u` and `git diff` write it (and `patch` and
 * `git apply` read it). An edit changes a few lines of one plan, so the lines both texts
 * share at the start and at the end are set aside first and the longest common
 * subsequence is computed for what is left only: small and exact, with no dependency.
 */

const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their line breaks, so that a CRLF or a missing last break shows. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
    } else if (j < m && (i === n || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) ops.push({ kind: '+', line: b[j++]! });
    else ops.push({ kind: '-', line: a[i++]! });
  }
  // Removals before additions in each run of changes, as diff writes them.
  const sorted: Op[] = [];
  for (let k = 0; k < ops.length; ) {
    if (ops[k]!.kind === ' ') {
      sorted.push(ops[k++]!);
      continue;
    }
    const run: Op[] = [];
    while (k < ops.length && ops[k]!.kind !== ' ') run.push(ops[k++]!);
    sorted.push(...run.filter((op) => op.kind === '-'), ...run.filter((op) => op.kind === '+'));
  }
  return sorted;
}

/** `--- a/<file>` / `+++ b/<file>` and the hunks; '' when the texts are the same. */
export function unifiedDiff(before: string, after: string, file: string): string {
  if (before === after) return '';
  const a = linesOf(before);
  const b = linesOf(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const ops: Op[] = [
    ...a.slice(0, prefix).map((line) => ({ kind: ' ' as const, line })),
    ...lcsOps(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)),
    ...a.slice(a.length - suffix).map((line) => ({ kind: ' ' as const, line })),
  ];
  const out = [`--- a/${file}\n`, `+++ b/${file}\n`];
  let k = 0;
  let oldLine = 0;
  let newLine = 0;
  while (k < ops.length) {
    // The next change, and the hunk around it: changes closer than twice the context join one hunk.
    let first = k;
    while (first < ops.length && ops[first]!.kind === ' ') first++;
    if (first === ops.length) break;
    let last = first;
    for (let scan = first; scan < ops.length; scan++) {
      if (ops[scan]!.kind !== ' ') last = scan;
      else if (scan - last > 2 * CONTEXT) break;
    }
    const start = Math.max(k, first - CONTEXT);
    const end = Math.min(ops.length, last + 1 + CONTEXT);
    for (let s = k; s < start; s++) {
      oldLine++;
      newLine++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    const range = (line: number, count: number) => `${count === 0 ? line : line + 1}${count === 1 ? '' : `,${count}`}`;
    out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n`);
    for (const op of hunk) {
      out.push(`${op.kind}${op.line}`);
      if (!op.line.endsWith('\n')) out.push('\n\\ No newline at end of file\n');
    }
    oldLine += oldCount;
    newLine += newCount;
    k = end;
  }
  return out.join('');
}
