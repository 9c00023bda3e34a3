import type { Document, LineCounter } from 'yaml';
import { messages } from '../i18n/messages.js';
import { referenceParser } from './yaml-library.js';
import type { Finding } from './finding.js';
import { aliasCycleMessage, aliasTooDeepMessage, findDeepNesting, MAX_NESTING_DEPTH, tooDeepMessage, type YamlFileKind } from './nesting-limit.js';
import { MAX_PLAN_BYTES, tooLargeMessage } from './size-limit.js';

export { MAX_PLAN_BYTES, tooLargeMessage };

/** YAML lets one anchor be expanded exponentially ("billion laughs"); a plan needs few aliases. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  data: unknown;
}

export type ParseOutcome = { ok: true; value: ParsedYaml } | { ok: false; finding: Finding };

const syntax = (message: string, line = 1, column = 1): Finding => ({
  rule: 'yaml-syntax',
  severity: 'error',
  message,
  line,
  column,
  path: '',
});

/**
 * Bytes → YAML 1.2 data, or the one finding that explains why the file cannot be read as
 * YAML. Dates stay strings (the core schema has no timestamp type).
 */
export function parseYaml(bytes: Uint8Array): ParseOutcome {
  const text = decodeYamlText(bytes);
  if (typeof text !== 'string') return { ok: false, finding: text };
  return parseYamlText(text);
}

/** The text of a plan (or config) file, or the finding that says why its bytes cannot be one (size, UTF-8). */
export function decodeYamlText(bytes: Uint8Array, kind: YamlFileKind = 'plan'): string | Finding {
  if (bytes.byteLength > MAX_PLAN_BYTES) return syntax(tooLargeMessage(bytes.byteLength, kind));
  return decodeUtf8(bytes);
}

export function parseYamlText(text: string, kind: YamlFileKind = 'plan'): ParseOutcome {
  // Before the parser: it descends by recursion, and takes seconds over a megabyte of `[`.
  const deep = findDeepNesting(text);
  if (deep) return { ok: false, finding: syntax(tooDeepMessage(kind), deep.line, deep.column) };
  const { LineCounter, parseDocument } = referenceParser();
  const lineCounter = new LineCounter();
  // logLevel 'error': yaml's warnings (a map used as a key, say: `name: {{ placeholder }}`)
  // would go to process.emitWarning, a stray line on stderr; the schema reports such values.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2', schema: 'core', logLevel: 'error' });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { ok: false, finding: syntax(describeYamlError(error.code, error.message), line, col) };
  }
  const nesting = nestingProblem(doc);
  if (nesting) {
    const { line, col } = lineCounter.linePos(nesting.offset ?? 0);
    const message = nesting.cycle ? aliasCycleMessage() : nesting.throughAlias ? aliasTooDeepMessage() : tooDeepMessage(kind);
    return { ok: false, finding: syntax(message, line, col) };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, value: { doc, lineCounter, data } };
  } catch {
    const { line, column } = firstAlias(doc, lineCounter);
    return {
      ok: false,
      finding: syntax(messages().plan.syntax.tooManyAliases({ limit: MAX_ALIAS_COUNT }), line, column),
    };
  }
}

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const text = messages().plan.syntax;
  switch (code) {
    case 'TAB_AS_INDENT':
      return text.tab;
    case 'DUPLICATE_KEY':
      return text.duplicateKey;
    case 'MULTIPLE_DOCS':
      return text.secondDocument;
    default:
      return text.other({ code, detail: `${first.charAt(0).toLowerCase()}${first.slice(1)}` });
  }
}

interface NestingProblem {
  /** Where to point: the first alias on the way down, else the collection one level too deep. */
  offset: number | undefined;
  throughAlias: boolean;
  cycle: boolean;
}

/**
 * Lists and maps nested past the limit in the parsed document, counting what aliases
 * bring in (`&a [[…]]` used inside itself, or a chain of aliases, nests deeper than the
 * text shows), and aliases that contain themselves (data without end). The text was
 * scanned already; this is the data's own depth, as toJS would build it. Iterative and
 * linear: each node is visited once, an alias's target's height is remembered.
 */
function nestingProblem(doc: Document): NestingProblem | undefined {
  const { isAlias, isMap, isPair, isSeq } = referenceParser();
  type Frame = { node: object; depth: number; children: unknown[]; next: number; tallest: number; alias: object | undefined };
  const levelOf = (node: unknown) => (isMap(node) || isSeq(node) || isPair(node) ? 1 : 0);
  const childrenOf = (node: unknown): unknown[] => {
    if (isMap(node)) return node.items.flatMap((pair) => [pair.key, pair.value]);
    if (isSeq(node)) return node.items; // a pair there (`[a: b]`) is a map of its own
    if (isPair(node)) return [node.key, node.value];
    if (isAlias(node)) return [node.resolve(doc)];
    return [];
  };
  const offsetOf = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return range[0];
    return isPair(node) ? offsetOf(node.key) : undefined;
  };
  const heights = new Map<object, number>();
  const open = new Set<object>();
  const root = doc.contents;
  if (!root || levelOf(root) === 0) return undefined;
  const stack: Frame[] = [{ node: root, depth: levelOf(root), children: childrenOf(root), next: 0, tallest: 0, alias: undefined }];
  open.add(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (typeof child !== 'object' || child === null || (levelOf(child) === 0 && !isAlias(child))) continue;
      const alias = frame.alias ?? (isAlias(child) ? child : undefined);
      const known = heights.get(child);
      if (known !== undefined) {
        if (frame.depth + known > MAX_NESTING_DEPTH) return { offset: offsetOf(alias ?? child), throughAlias: alias !== undefined, cycle: false };
        frame.tallest = Math.max(frame.tallest, known);
        continue;
      }
      // Only an alias leads back up: the one at this frame closes the loop.
      if (open.has(child)) return { offset: offsetOf(frame.node), throughAlias: true, cycle: true };
      const depth = frame.depth + levelOf(child);
      if (depth > MAX_NESTING_DEPTH) return { offset: offsetOf(alias ?? child), throughAlias: alias !== undefined, cycle: false };
      open.add(child);
      stack.push({ node: child, depth, children: childrenOf(child), next: 0, tallest: 0, alias });
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    const height = levelOf(frame.node) + frame.tallest;
    heights.set(frame.node, height);
    const parent = stack[stack.length - 1];
    if (parent) parent.tallest = Math.max(parent.tallest, height);
  }
  return undefined;
}

function firstAlias(doc: Document, lineCounter: LineCounter): { line: number; column: number } {
  const { visit, isAlias } = referenceParser();
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (dropping a BOM), or a finding at the first byte that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | Finding {
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    const line = lines.length;
    const column = [...lines[lines.length - 1]!].length + 1;
    return syntax(messages().plan.syntax.notUtf8({ byte: `0x${bytes[offset]!.toString(16).padStart(2, '0')}` }), line, column);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

