import { messages } from '../../../i18n/messages.js';
import { insideDoubleQuotes, insideSingleQuotes, oneLine, yamlScalar, type Scalar } from './scalar.js';

/*
 * The template language, small on purpose (templates/README.md documents it for people
 * who write their own):
 *
 * - `{{name}}` or `{{name|hint}}` stands for a value. As a whole YAML value (`key: {{x}}`,
 *   `- {{x}}`, `{ name: {{x}} }`) it becomes a correctly quoted scalar; inside quotes it is
 *   escaped for them; inside a comment it is plain text on one line.
 * - A value with nothing in it leaves its line commented out, the placeholder replaced by
 *   its hint: `renewalDate: {{renewalDate|YYYY-MM-DD}}` → `# renewalDate: YYYY-MM-DD`. So the
 *   file stays a valid plan and `cro check` reports exactly what is still missing.
 * - A list value repeats its line once per item (`- { name: {{sales}}, function: sales }`).
 * - A placeholder alone on its line is a block (e.g. the stakeholders), indented to it;
 *   the comment lines right under it are its example, dropped once the block has content.
 * - A section whose every entry stayed a comment is commented out too (`team:` → `# team:`).
 * - Lines starting with `#%` are notes for template authors and are dropped.
 */

/** Pre-rendered YAML lines, for a placeholder that stands alone on its line. */
export interface Block {
  block: string;
}

export type TemplateValue = Scalar | readonly Scalar[] | Block | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : messages().init.templateLine({ line, problem: message }));
  }
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*(?:\|([^}]*))?\}\}/g;
const BLOCK_LINE = /^(\s*)\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*(?:\|[^}]*)?\}\}\s*$/;
const MODELINE = /^#\s*yaml-language-server:/;

type Context = 'plain' | 'double' | 'single' | 'comment';

interface Occurrence {
  start: number;
  end: number;
  name: string;
  hint: string | undefined;
  context: Context;
  /** Inside `[…]` or `{…}`, where a plain scalar must not hold `,`, brackets or braces. */
  flow: boolean;
}

/** Renders a template's text with the given values. Pure; throws TemplateError for a malformed template. */
export function renderTemplate(source: string, values: TemplateValues): string {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('#%') || MODELINE.test(line)) continue;
    out.push(...renderLine(line, index + 1, values));
    // The commented lines right under a block are its example: shown only while the block is empty.
    const block = BLOCK_LINE.exec(line);
    if (block && !isMissing(valueOf(values, block[2]!))) {
      const indent = block[1]!;
      while (index + 1 < lines.length && isCommentAt(lines[index + 1]!, indent)) index++;
    }
  }
  return `${collapseEmptySections(out).join('\n')}\n`;
}

/** Puts the `yaml-language-server` modeline first, so editors validate and complete the plan. */
export function withModeline(text: string, schemaReference: string): string {
  return `# yaml-language-server: $schema=${schemaReference}\n${text}`;
}

/** Names of the placeholders a template uses, for tools and tests. */
export function placeholderNames(source: string): string[] {
  return [...new Set([...source.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

function renderLine(line: string, lineNumber: number, values: TemplateValues): string[] {
  if (!line.includes('{{')) return [line];

  const block = BLOCK_LINE.exec(line);
  if (block) {
    const [, indent = '', name = ''] = block;
    const value = valueOf(values, name);
    if (isMissing(value)) return [];
    if (!isBlock(value)) throw new TemplateError(messages().init.blockAlone({ name }), lineNumber);
    return value.block.replace(/\n$/, '').split('\n').map((l) => (l === '' ? '' : `${indent}${l}`));
  }

  const occurrences = findPlaceholders(line, lineNumber);
  const asValues = occurrences.filter((o) => o.context !== 'comment');
  for (const o of occurrences) {
    if (isBlock(valueOf(values, o.name))) throw new TemplateError(messages().init.blockNotAlone({ name: o.name }), lineNumber);
  }

  if (asValues.some((o) => isMissing(valueOf(values, o.name)))) {
    const hinted = substitute(line, occurrences, (o) => o.hint ?? o.name);
    return [commentOut(hinted)];
  }

  const lists = [...new Set(asValues.filter((o) => Array.isArray(valueOf(values, o.name))).map((o) => o.name))];
  if (lists.length > 1) throw new TemplateError(messages().init.oneListPerLine({ names: lists }), lineNumber);
  const listName = lists[0];
  const items: ReadonlyArray<Scalar | undefined> = listName === undefined ? [undefined] : (valueOf(values, listName) as readonly Scalar[]);

  return items.map((item) =>
    substitute(line, occurrences, (o) => {
      const raw = o.name === listName ? item! : valueOf(values, o.name);
      if (o.context === 'comment') return isMissing(raw) ? (o.hint ?? '') : oneLine(Array.isArray(raw) ? raw.join(', ') : (raw as Scalar));
      const value = Array.isArray(raw) ? raw.join(', ') : (raw as Scalar);
      if (o.context === 'double') return insideDoubleQuotes(value);
      if (o.context === 'single') return insideSingleQuotes(value);
      return yamlScalar(value, { flow: o.flow });
    }),
  );
}

function substitute(line: string, occurrences: readonly Occurrence[], text: (o: Occurrence) => string): string {
  let out = '';
  let at = 0;
  for (const o of occurrences) {
    out += line.slice(at, o.start) + text(o);
    at = o.end;
  }
  return out + line.slice(at);
}

/** Finds each placeholder and whether it stands as a value, inside quotes, or in a comment. */
function findPlaceholders(line: string, lineNumber: number): Occurrence[] {
  const matches = [...line.matchAll(PLACEHOLDER)];
  if (matches.length === 0) throw new TemplateError(messages().init.notAPlaceholder, lineNumber);
  const { contexts, depth } = scanContexts(line);
  return matches.map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const context = contexts[start]!;
    if (context === 'plain' && !isWholeValue(line, start, end)) {
      throw new TemplateError(messages().init.wholeValue({ name: m[1]! }), lineNumber);
    }
    return { start, end, name: m[1]!, hint: m[2]?.trim(), context, flow: depth[start]! > 0 };
  });
}

/** The context of every character of a line (plain YAML, a quoted scalar, or a comment) and its flow depth. */
function scanContexts(line: string): { contexts: Context[]; depth: number[] } {
  const contexts: Context[] = [];
  const depth: number[] = [];
  let state: Context = 'plain';
  let flow = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    contexts[i] = state;
    depth[i] = flow;
    if (state === 'comment') continue;
    if (state === 'plain') {
      if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) state = 'comment';
      else if ((c === '"' || c === "'") && opensQuote(line, i)) state = c === '"' ? 'double' : 'single';
      contexts[i] = state === 'comment' ? 'comment' : 'plain';
    } else if (state === 'double') {
      if (c === '\\') {
        depth[i + 1] = flow;
        contexts[++i] = 'double';
      } else if (c === '"') state = 'plain';
    } else if (c === "'") {
      if (line[i + 1] === "'") {
        depth[i + 1] = flow;
        contexts[++i] = 'single';
      }
      else state = 'plain';
    }
  }
  return { contexts, depth };
}

/** A quote opens a quoted scalar only where a value starts. */
function opensQuote(line: string, i: number): boolean {
  const before = line.slice(0, i).trimEnd();
  return before === '' || /[:\-[{,?]$/.test(before);
}

function isWholeValue(line: string, start: number, end: number): boolean {
  const before = line.slice(0, start).trimEnd();
  const after = line.slice(end).trimStart();
  const startsValue = /(?:[:[{,]|(?:^|\s)-)$/.test(before);
  const endsValue = after === '' || /^[,\]}#]/.test(after);
  return startsValue && endsValue;
}

function isCommentAt(line: string, indent: string): boolean {
  return line.startsWith(`${indent}#`) && !line.startsWith('#%');
}

function commentOut(line: string): string {
  const indent = /^\s*/.exec(line)![0];
  return `${indent}# ${line.slice(indent.length)}`;
}

/**
 * The value of a placeholder, or undefined for a name with none. Own properties only: a
 * template's `{{toString}}` or `{{constructor}}` is a name like any other, not something
 * every object inherits.
 */
function valueOf(values: TemplateValues, name: string): TemplateValue {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

function isBlock(value: TemplateValue): value is Block {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'block' in value;
}

function isMissing(value: TemplateValue): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isBlock(value)) return value.block.trim() === '';
  return false;
}

const KEY_ONLY = /^(\s*)(?!- )(?!#)[^\s#][^#]*?:\s*(#.*)?$/;

/**
 * Comments out a section whose entries were all commented out (`team:` with no members
 * left), repeatedly, so nested empty sections disappear from the data too. A key with
 * nothing under it would be `null`, which the plan format does not allow.
 */
export function collapseEmptySections(lines: readonly string[]): string[] {
  const out = [...lines];
  const literal = blockScalarLines(out);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < out.length; i++) {
      if (literal[i]) continue;
      const match = KEY_ONLY.exec(out[i]!);
      if (!match) continue;
      const indent = match[1]!.length;
      if (!hasChildren(out, i, indent)) {
        out[i] = commentOut(out[i]!);
        changed = true;
      }
    }
  }
  return out;
}

function hasChildren(lines: readonly string[], keyLine: number, indent: number): boolean {
  for (let j = keyLine + 1; j < lines.length; j++) {
    const line = lines[j]!;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const lineIndent = line.length - trimmed.length;
    return lineIndent > indent || (lineIndent === indent && trimmed.startsWith('- '));
  }
  return false;
}

const BLOCK_SCALAR_START = /(?:^|:|-)\s*[|>][+-]?[1-9]?\s*(#.*)?$/;

/** Lines that are the text of a block scalar (`key: >-` and the lines under it): never touched. */
function blockScalarLines(lines: readonly string[]): boolean[] {
  const inside: boolean[] = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#') || !BLOCK_SCALAR_START.test(line)) continue;
    const indent = line.length - trimmed.length;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j]!;
      const nextTrimmed = next.trimStart();
      if (nextTrimmed !== '' && next.length - nextTrimmed.length <= indent) break;
      inside[j] = true;
    }
    i = j - 1;
  }
  return inside;
}
