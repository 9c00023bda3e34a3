import type { PlanPath } from './finding.js';
import { jsYaml } from './js-yaml-library.js';
import type { Position } from './locate.js';
import { dataNestsTooDeep, findDeepNesting, MAX_NESTING_DEPTH } from './nesting-limit.js';
import { LINE, parsePlanSubset } from './subset-parse.js';

/*
 * The fast path for reading a plan. The `yaml` package is the reference (exact errors and
 * node positions) but costs ~2 ms per plan. Plans as people and `cro init` write them are
 * read by subset-parse.ts, several times faster again than js-yaml; js-yaml (~8× faster
 * than the reference) reads what that declines. Both are used only for text in a
 * conservative subset where they produce the reference's data, and only while everything
 * they answer can be checked against that data; anything else returns undefined and the
 * caller asks the reference parser. test/plan/fast-parse.test.ts compares them on
 * generated and mutated plans.
 */

/** Features whose handling differs between the parsers, or needs the reference's checks. */
const OUTSIDE_SUBSET = /[\t\uFEFF\uFFFE\uFFFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]|\r(?!\n)|(?:^|[\s[{,])[&*!]|^%|<<|__proto__|^(?:---|\.\.\.)|^\s*\?\s|\d_\d|\b0[bBoOxX]|[-+]\.\d|[-+]0[xo]/m;

export interface FastParse {
  data: unknown;
  /** Position of a path whose nearest existing node is a map or list; undefined to defer to the reference. */
  locate(path: PlanPath): Position | undefined;
}

/** Thrown from js-yaml's listener (one shared instance, no stack to capture) to stop a read that nests too deep. */
const TOO_DEEP = new Error('nested deeper than MAX_NESTING_DEPTH');

interface ListenerState {
  position: number;
  result: unknown;
}

/**
 * Characters the subset reader cannot judge by itself (it reads scalars as they stand), and
 * the one key it must not write into an object; everything else outside its subset makes
 * it decline on its own. One character class: much cheaper than OUTSIDE_SUBSET.
 */
const UNSAFE_FOR_SUBSET = /[\t\uFEFF\uFFFE\uFFFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]|\r(?!\n)|__proto__/;

export function fastParse(text: string): FastParse | undefined {
  if (UNSAFE_FOR_SUBSET.test(text)) return undefined;
  const subset = parsePlanSubset(text);
  if (subset) {
    const { data, starts } = subset;
    return {
      data,
      locate: (path) =>
        locateContainer(data, path, (node) => {
          const start = starts.get(node);
          return start === undefined ? undefined : { line: Math.floor(start / LINE), column: start % LINE };
        }),
    };
  }
  return parseWithJsYaml(text);
}

function parseWithJsYaml(text: string): FastParse | undefined {
  // Nesting past the limit is the reference's to report, where it is found (see nesting-limit.ts).
  if (OUTSIDE_SUBSET.test(text) || findDeepNesting(text)) return undefined;
  const openedAt: number[] = [];
  const starts = new Map<object, number>();
  let data: unknown;
  try {
    const library = jsYaml();
    data = library.load(text, {
      schema: library.CORE_SCHEMA,
      listener(this: ListenerState, event: 'open' | 'close', state?: ListenerState) {
        const s = state ?? this;
        if (event === 'open') {
          // js-yaml descends by recursion: stop it once a node sits in more collections than allowed (dataNestsTooDeep below is exact).
          if (openedAt.length > MAX_NESTING_DEPTH) throw TOO_DEEP;
          openedAt.push(s.position);
        } else {
          const opened = openedAt.pop()!;
          const result = s.result;
          // The node that builds a map or list closes with it first; outer nodes that pass it on do not override.
          if (typeof result === 'object' && result !== null && !starts.has(result)) starts.set(result, opened);
        }
      },
    });
  } catch {
    return undefined;
  }
  if (data === null || data === undefined || dataNestsTooDeep(data)) return undefined;

  let lineStarts: number[] | undefined;
  const position = (offset: number): Position => {
    lineStarts ??= computeLineStarts(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  const locate = (path: PlanPath) =>
    locateContainer(data, path, (node) => {
      const opened = starts.get(node);
      return opened === undefined ? undefined : position(skipSeparation(text, opened));
    });
  return { data, locate };
}

/**
 * The position of the nearest existing node on a path, when that node is a map or list
 * (`startOf` knows those); undefined when it is a scalar, for the reference to answer.
 */
function locateContainer(data: unknown, path: PlanPath, startOf: (node: object) => Position | undefined): Position | undefined {
  if (path.length === 0) return { line: 1, column: 1 };
  let node: unknown = data;
  let nearest: unknown = undefined;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next;
    nearest = next;
  }
  // A missing top-level section is 1:1 in the reference too.
  if (nearest === undefined) return childOf(data, path[0]!) === undefined ? { line: 1, column: 1 } : undefined;
  if (typeof nearest !== 'object' || nearest === null) return undefined;
  return startOf(nearest);
}

function childOf(node: unknown, segment: string | number): unknown {
  if (Array.isArray(node)) return typeof segment === 'number' ? node[segment] : undefined;
  if (typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, segment)) {
    return (node as Record<string, unknown>)[segment as string];
  }
  return undefined;
}

/** Skips spaces, line breaks and comments: where the node's own text starts. */
function skipSeparation(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x0a || ch === 0x0d) i++;
    else if (ch === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else return i;
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
