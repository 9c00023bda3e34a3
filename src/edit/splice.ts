import { isDeepStrictEqual } from 'node:util';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { fastParse } from '../plan/fast-parse.js';
import { referenceParser } from '../plan/yaml-library.js';
import { doubleQuoted, yamlScalar } from '../commands/init/templates/scalar.js';
import { keyRank } from './key-order.js';

/*
 * Edits of a plan's text that change only what they must. Each edit finds its node with
 * the `yaml` package's Document API (parsed with the source tokens kept, so every node
 * knows its range in the text) and becomes one splice of the original text: a value
 * replaced in place, a line or two inserted where the template puts the key, an item's
 * lines removed. Comments, key order, blank lines, the quoting of untouched values, flow
 * or block style, CRLF and a BOM stay as they were, byte for byte: the document is never
 * serialised again. After every edit the text is read again and must give exactly the
 * data expected (the same edit applied to the data); otherwise the edit is refused.
 */

export type Value = string | number | boolean | Value[] | { [key: string]: Value };
export type Path = ReadonlyArray<string | number>;

export type Edit =
  /** Sets a value, creating the maps on the way (a new key goes where the template puts it). */
  | { op: 'set'; path: Path; value: Value }
  /** Appends an item to a sequence, creating it when missing. */
  | { op: 'append'; path: Path; value: Value }
  /** Removes the item at the end of `path` from its sequence, or (a key at the end) the key and its value from its map. */
  | { op: 'remove'; path: Path };

/** The text could not be edited without touching more than the edit (an alias, a tag, a shape the editor does not write). */
export class EditNotPossible extends Error {
  override readonly name = 'EditNotPossible';
}

interface Parsed {
  doc: Document;
  data: unknown;
}

/** The last texts parsed: an edit reads the plan, edits it and reads the result, and the commands ask for the same texts again. */
const parsedTexts = new Map<string, Parsed>();

function parse(text: string): Parsed {
  const known = parsedTexts.get(text);
  if (known) return known;
  const parsed = parseFresh(text);
  if (parsedTexts.size >= 4) parsedTexts.delete(parsedTexts.keys().next().value!);
  parsedTexts.set(text, parsed);
  return parsed;
}

function parseFresh(text: string): Parsed {
  const { parseDocument } = referenceParser();
  const doc = parseDocument(text, { keepSourceTokens: true, version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) throw new EditNotPossible(doc.errors[0]!.message.split('\n')[0]!);
  return { doc, data: doc.toJS({ maxAliasCount: 100 }) };
}

/** The data of a plan's text, as the edits see it. */
export function readData(text: string): unknown {
  return parse(text).data;
}

/** Applies the edits in order; returns the new text. Throws EditNotPossible when one cannot be made exactly. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let current = text;
  let { data: expected } = parse(text);
  for (const edit of edits) {
    const parsed = parse(current);
    const next = spliceOne(current, parsed.doc, edit);
    expected = applyToData(expected, edit);
    const reread = parse(next).data;
    if (!isDeepStrictEqual(reread, expected)) throw new EditNotPossible(`the edit of ${edit.path.join('.')} would change more than that value`);
    current = next;
  }
  return current;
}

/**
 * The same as applyEdits, with one parse before and one after however many edits there
 * are (cro import makes dozens in a plan): every splice is worked out on the text as
 * read, and they are made together, from the end. The result must read as exactly the
 * data the edits make, one after the other; when it does not (edits that build on each
 * other, splices that touch), or the text does not end with a line break, the edits are
 * made one by one as applyEdits makes them.
 */
export function applyEditsAtOnce(text: string, edits: readonly Edit[]): string {
  if (edits.length <= 1 || !text.endsWith('\n')) return applyEdits(text, edits);
  const parsed = parse(text);
  const splices: NonNullable<typeof recording> = [];
  recording = splices;
  try {
    for (const edit of edits) {
      const before = splices.length;
      spliceOne(text, parsed.doc, edit);
      if (splices.length !== before + 1) return applyEdits(text, edits);
    }
  } catch {
    return applyEdits(text, edits);
  } finally {
    recording = undefined;
  }
  // In text order; inserts at one place in the order of the edits.
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.order - b.order);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const next = ordered[i]!;
    if (next.start < prev.end || (next.start === prev.start && (prev.end > prev.start || next.end > next.start))) return applyEdits(text, edits);
  }
  let out = text;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const { start, end, insert } = ordered[i]!;
    out = out.slice(0, start) + insert + out.slice(end);
  }
  const expected = structuredClone(parsed.data);
  for (const edit of edits) applyInPlace(expected, edit);
  // Read back by the plan's fast reader where it gives the reference's data (fast-parse.ts), else by the reference.
  let reread: unknown;
  try {
    reread = fastParse(out)?.data ?? parse(out).data;
  } catch {
    return applyEdits(text, edits);
  }
  return isDeepStrictEqual(reread, expected) ? out : applyEdits(text, edits);
}

/** The same edit on plain data: what the text must read as afterwards. */
export function applyToData(data: unknown, edit: Edit): unknown {
  const copy = structuredClone(data);
  applyInPlace(copy, edit);
  return copy;
}

function applyInPlace(data: unknown, edit: Edit): void {
  const copy = data as Record<string | number, unknown>;
  const path = edit.path;
  let node: Record<string | number, unknown> = copy;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const key = path[i]!;
    if (node[key] === undefined || node[key] === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const key = path[last]!;
  if (edit.op === 'set') node[key] = structuredClone(edit.value);
  else if (edit.op === 'append') {
    if (!Array.isArray(node[key])) node[key] = [];
    (node[key] as unknown[]).push(structuredClone(edit.value));
  } else if (typeof key === 'number') (node as unknown as unknown[]).splice(key, 1);
  else delete node[key];
}

// ---------------------------------------------------------------------------------------

const isMap = (node: unknown): node is YAMLMap => referenceParser().isMap(node);
const isSeq = (node: unknown): node is YAMLSeq => referenceParser().isSeq(node);
const isScalar = (node: unknown): node is Scalar => referenceParser().isScalar(node);

function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** While applyEditsAtOnce works out its splices: each is recorded here instead of made. */
let recording: Array<{ start: number; end: number; insert: string; order: number }> | undefined;

function splice(text: string, start: number, end: number, insert: string): string {
  if (recording) {
    recording.push({ start, end, insert, order: recording.length });
    return text;
  }
  return text.slice(0, start) + insert + text.slice(end);
}

function rangeOf(node: Node): [number, number] {
  const range = node.range;
  if (!range) throw new EditNotPossible('a node without a place in the text');
  return [range[0], range[1]];
}

/** The column of an offset (0-based). */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Where a line inserted after a value ends up: the start of the line after it (a block
 * collection's range ends there already), past comment lines indented deeper than
 * `column`, which belong to what comes before (the template's `# needs: …` in a person).
 */
function afterLine(text: string, end: number, eol: string, column = Number.MAX_SAFE_INTEGER): { at: number; prefix: string } {
  let at: number;
  if (end > 0 && text[end - 1] === '\n') at = end;
  else {
    const next = text.indexOf('\n', end);
    if (next < 0) return { at: text.length, prefix: eol };
    at = next + 1;
  }
  for (;;) {
    const match = /^([ \t]*)#[^\n]*(\n|$)/.exec(text.slice(at, at + 4096));
    if (!match || match[1]!.length <= column) break;
    if (match[2] === '') return { at: text.length, prefix: eol };
    at += match[0].length;
  }
  return { at, prefix: '' };
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair | undefined;
}

function refuseAliases(node: unknown): void {
  const yaml = referenceParser();
  if (yaml.isAlias(node)) throw new EditNotPossible('a value written as an alias');
  if (yaml.isNode(node) && (node.anchor || node.tag)) throw new EditNotPossible('a value with an anchor or a tag');
}

function spliceOne(text: string, doc: Document, edit: Edit): string {
  const eol = eolOf(text);
  let node: unknown = doc.contents;
  let inFlow = false;
  const path = edit.path;
  const target = edit.op === 'remove' ? path.length - 1 : path.length;
  for (let i = 0; i < target; i++) {
    const key = path[i]!;
    refuseAliases(node);
    if (typeof key === 'number') {
      if (!isSeq(node) || key >= node.items.length) throw new EditNotPossible(`no item ${key}`);
      inFlow ||= Boolean(node.flow);
      node = node.items[key];
      continue;
    }
    if (!isMap(node)) throw new EditNotPossible(`${path.slice(0, i).join('.')} is not a map`);
    const pair = findPair(node, key);
    const value = pair?.value;
    // An empty `[]` in a block map becomes a block list when a map is appended to it (a first stakeholder).
    const emptyList = edit.op === 'append' && i === target - 1 && isSeq(value) && value.flow && value.items.length === 0 && !inFlow && !node.flow && typeof edit.value === 'object';
    if (!pair || value === null || value === undefined || (isScalar(value) && value.value === null) || emptyList) {
      // The rest of the path does not exist: one new key carries it.
      const rest = path.slice(i + 1, target);
      let value: Value = edit.op === 'set' ? edit.value : edit.op === 'append' ? [edit.value] : (() => { throw new EditNotPossible(`nothing at ${path.join('.')}`); })();
      for (let j = rest.length - 1; j >= 0; j--) {
        const part = rest[j]!;
        if (typeof part === 'number') throw new EditNotPossible(`no item ${part}`);
        value = { [part]: value };
      }
      if (pair) return replaceNull(text, pair, value, columnOf(text, rangeOf(pair.key as Node)[0]), inFlow || Boolean(node.flow), eol);
      return insertPair(text, node, key, value, path.slice(0, i), inFlow, eol);
    }
    inFlow ||= Boolean(node.flow);
    node = value;
  }
  refuseAliases(node);
  if (edit.op === 'set') {
    if (!isScalar(node)) throw new EditNotPossible(`${path.join('.')} is not a single value`);
    if (typeof edit.value === 'object') throw new EditNotPossible(`${path.join('.')} is a single value`);
    const [start, end] = rangeOf(node);
    // A block scalar's range holds its last line break (and blank lines after it): they stay.
    const old = text.slice(start, end);
    const trailing = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? old.slice(old.trimEnd().length) : '';
    return splice(text, start, end, scalarLike(node, edit.value, inFlow) + trailing);
  }
  if (edit.op === 'append') {
    if (!isSeq(node)) throw new EditNotPossible(`${path.join('.')} is not a list`);
    return appendItem(text, node, edit.value, inFlow, eol);
  }
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    if (!isMap(node)) throw new EditNotPossible(`${path.slice(0, -1).join('.')} is not a map`);
    return removePair(text, node, last, eol);
  }
  if (!isSeq(node)) throw new EditNotPossible(`${path.slice(0, -1).join('.')} is not a list`);
  return removeItem(text, node, path[path.length - 1] as number, doc, path.slice(0, -1));
}

/** A new scalar written as the old one was: its quotes kept where they can hold the value. */
function scalarLike(node: Scalar, value: string | number | boolean, flow: boolean): string {
  if (typeof value === 'string') {
    if (node.type === 'QUOTE_DOUBLE') return doubleQuoted(value);
    if (node.type === 'QUOTE_SINGLE' && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  }
  return yamlScalar(value, { flow });
}

// --- rendering of new values ---------------------------------------------------------------

const isPlainObject = (value: Value): value is { [key: string]: Value } => typeof value === 'object' && !Array.isArray(value);

/** A value on one line, in flow style: `[a, b]`, `{ kind: competitor }`, a scalar. */
function flowValue(value: Value): string {
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${yamlScalar(k, { flow: true })}: ${flowValue(v)}`).join(', ')} }`;
  }
  return yamlScalar(value, { flow: true });
}

/** Short maps of scalars and lists of scalars go on one line, as the template writes needs and objection. */
function fitsOnOneLine(value: Value): boolean {
  if (!isPlainObject(value)) return !Array.isArray(value) || value.every((item) => typeof item !== 'object');
  return Object.values(value).every((v) => typeof v !== 'object' || (Array.isArray(v) && v.every((item) => typeof item !== 'object'))) && flowValue(value).length <= 72;
}

/** `key: value` as lines at `indent`, in block style where the value needs more than a line. */
function blockPair(key: string, value: Value, indent: number, eol: string, section = false): string {
  const pad = ' '.repeat(indent);
  const name = yamlScalar(key);
  // A section of the plan (a top-level map) is a block, as the template writes every one.
  if (typeof value !== 'object' || (fitsOnOneLine(value) && !(section && isPlainObject(value)))) return `${pad}${name}: ${flowValue(value)}${eol}`;
  if (Array.isArray(value)) return `${pad}${name}:${eol}${value.map((item) => blockItem(item, indent + 2, eol)).join('')}`;
  return `${pad}${name}:${eol}${Object.entries(value).map(([k, v]) => blockPair(k, v, indent + 2, eol)).join('')}`;
}

/** `- item` at `indent`: a map's first key after the dash, the others under it. */
function blockItem(item: Value, indent: number, eol: string, keyIndent = indent + 2): string {
  const pad = ' '.repeat(indent);
  if (!isPlainObject(item) || Object.keys(item).length === 0) return `${pad}- ${flowValue(item)}${eol}`;
  const lines = Object.entries(item).map(([k, v]) => blockPair(k, v, keyIndent, eol));
  lines[0] = `${pad}-${' '.repeat(keyIndent - indent - 1)}${lines[0]!.slice(keyIndent)}`;
  return lines.join('');
}

// --- the splices ---------------------------------------------------------------------------

/** `key:` with nothing after it (null) gets the value. */
function replaceNull(text: string, pair: Pair, value: Value, keyColumn: number, flow: boolean, eol: string): string {
  const keyEnd = rangeOf(pair.key as Node)[1];
  const colon = text.indexOf(':', keyEnd);
  if (colon < 0) throw new EditNotPossible('a key without a colon');
  const valueNode = pair.value as Node | null;
  // A null has no text of its own (`key:`, `key: # …`); an empty list or map has (`[]`, `{}`).
  const end = valueNode?.range && !(isScalar(valueNode) && valueNode.value === null && valueNode.source === '') ? valueNode.range[1] : colon + 1;
  if (flow || typeof value !== 'object' || fitsOnOneLine(value)) return splice(text, colon + 1, end, ` ${flowValue(value)}`);
  const lines = blockPair('x', value, keyColumn, eol);
  // The value's lines (what follows `x:` and its line break) go under the key; a comment after it stays.
  const body = lines.slice(lines.indexOf(':') + 1 + eol.length);
  const next = text.indexOf('\n', end);
  const lineEnd = next < 0 ? text.length : next + 1;
  const rest = text.slice(end, lineEnd).trim();
  if (rest !== '' && !rest.startsWith('#')) throw new EditNotPossible('a value after an empty key');
  return splice(text, colon + 1, lineEnd, text.slice(end, lineEnd).replace(/^[ \t]+(?=\r?\n|$)/, '') + (next < 0 ? eol : '') + body);
}

function insertPair(text: string, map: YAMLMap, key: string, value: Value, mapPath: Path, inFlow: boolean, eol: string): string {
  const rank = keyRank(mapPath, key);
  const pairs = map.items as Pair[];
  const keyName = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : '');
  // After the last key the template puts before this one; first when there is none.
  let after: Pair | undefined;
  for (const pair of pairs) if (keyRank(mapPath, keyName(pair)) <= rank) after = pair;
  if (map.flow || inFlow) {
    const entry = `${yamlScalar(key, { flow: true })}: ${flowValue(value)}`;
    if (pairs.length === 0) {
      const [start, end] = rangeOf(map);
      return splice(text, start, end, `{ ${entry} }`);
    }
    if (after) return splice(text, endOfPair(after), endOfPair(after), `, ${entry}`);
    const first = rangeOf(pairs[0]!.key as Node)[0];
    return splice(text, first, first, `${entry}, `);
  }
  if (pairs.length === 0) throw new EditNotPossible('an empty block map');
  const indent = columnOf(text, rangeOf(pairs[0]!.key as Node)[0]);
  const lines = blockPair(key, value, indent, eol, mapPath.length === 0);
  if (!after) {
    const first = rangeOf(pairs[0]!.key as Node)[0];
    const start = lineStart(text, first);
    // The first key shares its line with a dash (`- id: …`): the new key goes after it instead.
    if (text.slice(start, first).trim() === '') {
      const above = placeholderAbove(text, start, indent, key);
      return splice(text, above, above, lines);
    }
    after = pairs[0]!;
  }
  const { at, prefix } = afterLine(text, endOfPair(after), eol, indent);
  const place = placeholderAt(text, at, indent, key);
  if (place !== at && mapPath.length === 0) {
    const taken = takeOverSection(text, place, key, value, eol);
    if (taken !== undefined) return taken;
  }
  return splice(text, place, place, prefix + lines);
}

/**
 * A section the template left commented out (`# economics:` over its commented keys):
 * its header is taken over (`economics:`), as the file tells a person to do ("write the
 * value and remove the `# `"), and the new key goes above its own commented line under
 * it. A live section above a commented one of the same name read as two sections, and
 * the keys added later went under the commented header. Undefined when the placeholder
 * is not a bare commented header (then the section goes above it, as any key does).
 */
function takeOverSection(text: string, headerAt: number, key: string, value: Value, eol: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const headerEnd = lineEndOf(text, headerAt);
  const header = /^#\s?([^\s#:]+)\s*:\s*(#.*)?$/.exec(text.slice(headerAt, headerEnd).replace(/\r$/, ''));
  if (!header || header[1] !== key) return undefined;
  const live = `${yamlScalar(key)}:${header[2] ? ` ${header[2]}` : ''}${eol}`;
  // The commented lines under the header (indented), and among them the new key's own.
  const entries = isPlainObject(value) ? Object.entries(value) : [];
  const only = entries.length === 1 ? entries[0]![0] : undefined;
  const blockStart = Math.min(headerEnd + 1, text.length);
  let childIndent: number | undefined;
  // Without a line of its own, the new key goes right under the header.
  let target = blockStart;
  for (let line = blockStart; line < text.length; line = lineEndOf(text, line) + 1) {
    const comment = /^( +)#\s?([^\s:#]*)/.exec(text.slice(line, lineEndOf(text, line)));
    if (!comment) break;
    childIndent ??= comment[1]!.length;
    if (only === undefined) break;
    if (comment[1]!.length === childIndent && comment[2] === only) {
      target = line;
      break;
    }
  }
  const indent = childIndent ?? 2;
  const body = Array.isArray(value) ? value.map((item) => blockItem(item, indent, eol)).join('') : entries.map(([k, v]) => blockPair(k, v, indent, eol)).join('');
  const between = text.slice(blockStart, target);
  return splice(text, headerAt, target, live + between + body);
}

/** Where the line at `offset` ends (its line break, or the end of the text). */
function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/**
 * Where a key goes that the template puts before every key of a map: above its own
 * commented line when that is among the comments just over the map's first key (the
 * template's block, taken over by takeOverSection), else at `start`, the first key's line.
 */
function placeholderAbove(text: string, start: number, indent: number, key: string): number {
  const own = new RegExp(`^ {${indent}}#\\s?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  let line = start;
  while (line > 0) {
    const previous = lineStart(text, line - 1);
    const content = text.slice(previous, line - 1).replace(/\r$/, '');
    if (!/^ +#/.test(content)) break;
    if (own.test(content)) return previous;
    line = previous;
  }
  return start;
}

/**
 * Where the template left the key commented out (`# economics:`, `  # segment: …`) in the
 * comments that follow `at`, at the map's indentation: the key goes just above it, under
 * the template's explanation. Else `at`.
 */
function placeholderAt(text: string, at: number, indent: number, key: string): number {
  const pattern = new RegExp(`^ {${indent}}#\\s?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  let line = at;
  while (line < text.length) {
    const end = text.indexOf('\n', line);
    const content = text.slice(line, end < 0 ? text.length : end).replace(/\r$/, '');
    if (content.trim() !== '' && !content.trimStart().startsWith('#')) return at;
    if (pattern.test(content)) return line;
    if (end < 0) return at;
    line = end + 1;
  }
  return at;
}

/** Where a pair's content ends: its value's last character (comments after it are not its content). */
function endOfPair(pair: Pair): number {
  const value = pair.value as Node | null;
  if (value?.range) return contentEnd(value);
  return rangeOf(pair.key as Node)[1] + 1;
}

/**
 * Where a node's content ends. A block collection's range runs on over the comments after
 * its last item (the template's commented-out sections at the end of a plan): its content
 * ends with its last item's.
 */
function contentEnd(node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    if (isMap(node)) return endOfPair(last as Pair);
    if (last && (last as Node).range) return contentEnd(last as Node);
  }
  return rangeOf(node)[1];
}

function appendItem(text: string, seq: YAMLSeq, value: Value, inFlow: boolean, eol: string): string {
  const items = seq.items as Node[];
  if (seq.flow || inFlow) {
    const [start, end] = rangeOf(seq);
    if (items.length === 0) return splice(text, start, end, `[${flowValue(value)}]`);
    const lastEnd = rangeOf(items[items.length - 1]!)[1];
    return splice(text, lastEnd, lastEnd, `, ${flowValue(value)}`);
  }
  const dash = columnOf(text, rangeOf(seq)[0]);
  const last = items[items.length - 1]!;
  let rendered: string;
  if (isMap(last) && last.flow) rendered = `${' '.repeat(dash)}- ${flowValue(value)}${eol}`;
  else {
    const firstKey = isMap(last) && last.items.length > 0 ? (last.items[0] as Pair).key : undefined;
    const keyIndent = firstKey ? columnOf(text, rangeOf(firstKey as Node)[0]) : dash + 2;
    rendered = blockItem(value, dash, eol, Math.max(keyIndent, dash + 2));
  }
  const { at, prefix } = afterLine(text, contentEnd(seq), eol, dash);
  return splice(text, at, at, prefix + rendered);
}

/**
 * A key and its value removed from a map: in a flow map with the comma before or after
 * it; in a block map its lines (and the comment lines indented under it), when the key
 * starts its line and is not the map's only key.
 */
function removePair(text: string, map: YAMLMap, key: string, eol: string): string {
  const pairs = map.items as Pair[];
  const index = pairs.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
  if (index < 0) throw new EditNotPossible(`no key ${key}`);
  const pair = pairs[index]!;
  const keyStart = rangeOf(pair.key as Node)[0];
  if (map.flow) {
    if (pairs.length === 1) {
      const [start, end] = rangeOf(map);
      return splice(text, start, end, '{}');
    }
    if (index < pairs.length - 1) return splice(text, keyStart, rangeOf(pairs[index + 1]!.key as Node)[0], '');
    return splice(text, endOfPair(pairs[index - 1]!), endOfPair(pair), '');
  }
  if (pairs.length === 1) throw new EditNotPossible('the only key of a map');
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') throw new EditNotPossible('a key that does not start its line');
  const { at } = afterLine(text, endOfPair(pair), eol, columnOf(text, keyStart));
  return splice(text, start, at, '');
}

function removeItem(text: string, seq: YAMLSeq, index: number, doc: Document, seqPath: Path): string {
  const items = seq.items as Node[];
  if (index >= items.length) throw new EditNotPossible(`no item ${index}`);
  const [seqStart, seqEnd] = rangeOf(seq);
  if (seq.flow) {
    if (items.length === 1) return splice(text, seqStart, seqEnd, '[]');
    if (index < items.length - 1) return splice(text, rangeOf(items[index]!)[0], rangeOf(items[index + 1]!)[0], '');
    return splice(text, rangeOf(items[index - 1]!)[1], rangeOf(items[index]!)[1], '');
  }
  if (items.length === 1) {
    // The last item of a block list: the key keeps an empty list, `key: []`.
    const parent = doc.getIn(seqPath.slice(0, -1), true);
    const pair = isMap(parent) ? findPair(parent, String(seqPath[seqPath.length - 1])) : undefined;
    if (!pair) throw new EditNotPossible('a list that is not the value of a key');
    const colon = text.indexOf(':', rangeOf(pair.key as Node)[1]);
    const eol = eolOf(text);
    const { at, prefix } = afterLine(text, contentEnd(seq), eol, columnOf(text, seqStart));
    return splice(text, colon + 1, at, ` []${prefix === '' ? eol : ''}`);
  }
  const start = lineStart(text, rangeOf(items[index]!)[0]);
  const end = index < items.length - 1 ? lineStart(text, rangeOf(items[index + 1]!)[0]) : afterLine(text, contentEnd(items[index]!), eolOf(text), columnOf(text, seqStart)).at;
  if (text.slice(start, rangeOf(items[index]!)[0]).trim() !== '-') throw new EditNotPossible('a list item that does not start its line');
  return splice(text, start, end, '');
}
