import { MAX_NESTING_DEPTH } from './nesting-limit.js';

/*
 * A reader for the YAML that plans are written in, and nothing more: block mappings with
 * plain keys, block sequences, one-line plain, quoted and flow values, comments. It is the
 * first step of the fast path (see fast-parse.ts): several times faster than a general
 * YAML parser, and it knows where each map and list starts without extra bookkeeping.
 *
 * It never guesses. Anything outside that subset — multi-line scalars, block scalars,
 * escapes, anchors, unusual numbers, duplicate keys, nesting past MAX_NESTING_DEPTH,
 * anything YAML would reject — makes it decline (return undefined), and a general parser
 * reads the file instead. The data it returns is what the reference parser (`yaml`, core
 * schema, YAML 1.2) builds; test/plan/subset-parse.test.ts and test/plan/fast-parse.test.ts
 * compare them.
 */

export interface SubsetParse {
  data: Record<string, unknown>;
  /** Where each map and list starts, as `line * LINE + column` (both 1-based). */
  starts: Map<object, number>;
}

/** Packs a line and a column into one number: a plan is at most 5 MB, so both fit. */
export const LINE = 0x1000000;

/** Thrown (one shared instance, no stack to capture) to leave the subset. */
const DECLINE = new Error('outside the plan subset of YAML');

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const CARRIAGE_RETURN = 0x0d;
const BACKSLASH = 0x5c;

/** Characters that cannot start a plain scalar here: YAML indicators, and `?`/`:` kept out for simplicity. */
const NOT_PLAIN_START = new Set([...'&*!|>%@`?:,[]{}#"\''].map((c) => c.charCodeAt(0)));

/** Key names the core schema reads as null or booleans: the reference would not give a string key. */
const NON_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** A plain number the subset reads itself; the reference gives the same value through Number(). */
const SIMPLE_NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;

/** Anything else the core schema would read as a number: declined rather than guessed. */
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

export function parsePlanSubset(text: string): SubsetParse | undefined {
  try {
    return new SubsetParser(text).document();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

class SubsetParser {
  private readonly text: string;
  /** The lines that hold content (not blank, not only a comment), as parallel arrays. */
  private readonly lineStart: number[] = [];
  private readonly contentStart: number[] = [];
  private readonly lineEnd: number[] = [];
  private readonly lineNumber: number[] = [];
  private readonly count: number;
  /** The content line being read. */
  private k = 0;
  readonly starts = new Map<object, number>();

  constructor(text: string) {
    this.text = text;
    let position = 0;
    let number = 1;
    for (;;) {
      let newline = text.indexOf('\n', position);
      if (newline === -1) newline = text.length;
      let end = newline;
      if (end > position && text.charCodeAt(end - 1) === CARRIAGE_RETURN) end--;
      let content = position;
      while (content < end && text.charCodeAt(content) === SPACE) content++;
      if (content < end && text.charCodeAt(content) !== HASH) {
        this.lineStart.push(position);
        this.contentStart.push(content);
        this.lineEnd.push(end);
        this.lineNumber.push(number);
      }
      if (newline === text.length) break;
      position = newline + 1;
      number++;
    }
    this.count = this.lineStart.length;
  }

  document(): SubsetParse {
    if (this.count === 0 || this.isSequenceItem(0)) throw DECLINE;
    const data = this.blockMapping(this.indent(0), this.contentStart[0]!, 1);
    if (this.k < this.count) throw DECLINE;
    return { data, starts: this.starts };
  }

  private indent(line: number): number {
    return this.contentStart[line]! - this.lineStart[line]!;
  }

  private isSequenceItem(line: number): boolean {
    const at = this.contentStart[line]!;
    return this.text.charCodeAt(at) === DASH && (at + 1 === this.lineEnd[line] || this.text.charCodeAt(at + 1) === SPACE);
  }

  private record(node: object, line: number, offset: number): void {
    this.starts.set(node, this.lineNumber[line]! * LINE + (offset - this.lineStart[line]! + 1));
  }

  /** The block node whose first line is the current one, more indented than its parent; `depth` counts it (see nesting-limit.ts). */
  private blockNode(depth: number): unknown {
    if (this.isSequenceItem(this.k)) return this.blockSequence(this.indent(this.k), depth);
    return this.blockMapping(this.indent(this.k), this.contentStart[this.k]!, depth);
  }

  /** A mapping whose entries sit at column `indent`; the first one starts at `at` on the current line. */
  private blockMapping(indent: number, at: number, depth: number): Record<string, unknown> {
    if (depth > MAX_NESTING_DEPTH) throw DECLINE;
    const text = this.text;
    const map: Record<string, unknown> = {};
    this.record(map, this.k, at);
    for (;;) {
      const end = this.lineEnd[this.k]!;
      const afterKey = this.keyEnd(at, end);
      if (afterKey === -1) throw DECLINE;
      const key = text.slice(at, afterKey);
      if (NON_STRING_KEYS.has(key) || Object.prototype.hasOwnProperty.call(map, key)) throw DECLINE;
      let i = afterKey + 1;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i === end || text.charCodeAt(i) === HASH) {
        this.k++;
        if (this.k < this.count && this.indent(this.k) > indent) map[key] = this.blockNode(depth + 1);
        else if (this.k < this.count && this.indent(this.k) === indent && this.isSequenceItem(this.k)) map[key] = this.blockSequence(indent, depth + 1);
        else map[key] = null;
      } else {
        map[key] = this.inlineValue(i, end, depth + 1);
        this.k++;
      }
      if (this.k >= this.count) return map;
      const next = this.indent(this.k);
      if (next < indent) return map;
      // Deeper lines after a complete value continue a scalar or are an error; a dash here is an error.
      if (next > indent || this.isSequenceItem(this.k)) throw DECLINE;
      at = this.contentStart[this.k]!;
    }
  }

  /** A sequence whose dashes sit at column `indent`, starting on the current line. */
  private blockSequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_NESTING_DEPTH) throw DECLINE;
    const text = this.text;
    const list: unknown[] = [];
    this.record(list, this.k, this.contentStart[this.k]!);
    for (;;) {
      const end = this.lineEnd[this.k]!;
      let i = this.contentStart[this.k]! + 1;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i === end || text.charCodeAt(i) === HASH) {
        this.k++;
        list.push(this.k < this.count && this.indent(this.k) > indent ? this.blockNode(depth + 1) : null);
      } else if (text.charCodeAt(i) === DASH && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
        throw DECLINE; // a sequence in a sequence on one line
      } else if (this.keyEnd(i, end) !== -1) {
        // `- key: value`: a mapping whose entries line up with this first key.
        list.push(this.blockMapping(i - this.lineStart[this.k]!, i, depth + 1));
      } else {
        list.push(this.inlineValue(i, end, depth + 1));
        this.k++;
      }
      if (this.k >= this.count) return list;
      const next = this.indent(this.k);
      if (next < indent) return list;
      if (next > indent) throw DECLINE;
      // A key at the dashes' column ends a sequence that is the value of a key at that column.
      if (!this.isSequenceItem(this.k)) return list;
    }
  }

  /** The offset of the `:` ending a plain key that starts at `at`, or -1 when there is none. */
  private keyEnd(at: number, end: number): number {
    const text = this.text;
    if (!isKeyStart(text.charCodeAt(at))) return -1;
    let i = at + 1;
    while (i < end && isKeyCharacter(text.charCodeAt(i))) i++;
    if (i >= end || text.charCodeAt(i) !== COLON) return -1;
    if (i + 1 < end && text.charCodeAt(i + 1) !== SPACE) return -1;
    return i;
  }

  /** A value that starts at `at` and ends on this line, followed only by spaces or a comment; a collection there is at `depth`. */
  private inlineValue(at: number, end: number, depth: number): unknown {
    const text = this.text;
    const ch = text.charCodeAt(at);
    let value: unknown;
    let after: number;
    if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) {
      [value, after] = this.quoted(at, end);
    } else if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
      [value, after] = this.flowCollection(at, end, depth);
    } else {
      return this.blockPlain(at, end);
    }
    let i = after;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i < end && !(text.charCodeAt(i) === HASH && i > after)) throw DECLINE;
    return value;
  }

  /** A plain scalar in block context: up to a comment or the end of the line. */
  private blockPlain(at: number, end: number): unknown {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (NOT_PLAIN_START.has(first)) throw DECLINE;
    if (first === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE)) throw DECLINE;
    let stop = end;
    for (let i = at + 1; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) throw DECLINE; // a mapping where a scalar was expected
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) {
        stop = i;
        break;
      }
    }
    while (stop > at && text.charCodeAt(stop - 1) === SPACE) stop--;
    return resolvePlain(text.slice(at, stop));
  }

  /** A one-line quoted scalar without escapes; returns the value and the offset after it. */
  private quoted(at: number, end: number): [string, number] {
    const text = this.text;
    const quote = text.charCodeAt(at);
    if (quote === DOUBLE_QUOTE) {
      const close = text.indexOf('"', at + 1);
      if (close === -1 || close >= end) throw DECLINE;
      const value = text.slice(at + 1, close);
      if (value.includes('\\')) throw DECLINE;
      return [value, close + 1];
    }
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close === -1 || close >= end) throw DECLINE;
      if (text.charCodeAt(close + 1) === SINGLE_QUOTE && close + 1 < end) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      value += text.slice(from, close);
      return [value, close + 1];
    }
  }

  /** `[a, b]` or `{ k: v }` closed on the same line; returns the value and the offset after it. */
  private flowCollection(at: number, end: number, depth: number): [unknown, number] {
    if (depth > MAX_NESTING_DEPTH) throw DECLINE;
    const text = this.text;
    const isList = text.charCodeAt(at) === OPEN_BRACKET;
    const close = isList ? CLOSE_BRACKET : CLOSE_BRACE;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const node = isList ? list : map;
    this.record(node, this.k, at);
    let i = skipSpaces(text, at + 1, end);
    if (text.charCodeAt(i) === close && i < end) return [node, i + 1];
    for (;;) {
      if (isList) {
        const [value, after] = this.flowValue(i, end, depth + 1);
        list.push(value);
        i = after;
      } else {
        const afterKey = this.keyEnd(i, end);
        if (afterKey === -1 || afterKey + 1 >= end) throw DECLINE;
        const key = text.slice(i, afterKey);
        if (NON_STRING_KEYS.has(key) || Object.prototype.hasOwnProperty.call(map, key)) throw DECLINE;
        const [value, after] = this.flowValue(skipSpaces(text, afterKey + 1, end), end, depth + 1);
        map[key] = value;
        i = after;
      }
      i = skipSpaces(text, i, end);
      if (i >= end) throw DECLINE;
      const ch = text.charCodeAt(i);
      if (ch === close) return [node, i + 1];
      if (ch !== COMMA) throw DECLINE;
      i = skipSpaces(text, i + 1, end);
      if (i >= end || text.charCodeAt(i) === close) throw DECLINE; // a trailing comma
    }
  }

  private flowValue(at: number, end: number, depth: number): [unknown, number] {
    const text = this.text;
    if (at >= end) throw DECLINE;
    const first = text.charCodeAt(at);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) return this.quoted(at, end);
    if (first === OPEN_BRACKET || first === OPEN_BRACE) return this.flowCollection(at, end, depth);
    if (NOT_PLAIN_START.has(first)) throw DECLINE;
    if (first === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE)) throw DECLINE;
    let i = at + 1;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COMMA || ch === CLOSE_BRACKET || ch === CLOSE_BRACE) break;
      // Colons, comments, nested brackets and escapes inside flow scalars are left to the reference.
      if (ch === COLON || ch === HASH || ch === OPEN_BRACKET || ch === OPEN_BRACE || ch === BACKSLASH) throw DECLINE;
    }
    let stop = i;
    while (stop > at && text.charCodeAt(stop - 1) === SPACE) stop--;
    return [resolvePlain(text.slice(at, stop)), i];
  }
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  return i;
}

function isKeyStart(ch: number): boolean {
  return (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a) || ch === 0x5f;
}

function isKeyCharacter(ch: number): boolean {
  return isKeyStart(ch) || (ch >= 0x30 && ch <= 0x39) || ch === DASH;
}

/** The core schema's reading of a plain scalar: null, a boolean, a number or a string. */
function resolvePlain(raw: string): unknown {
  switch (raw) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  const first = raw.charCodeAt(0);
  const numeric = (first >= 0x30 && first <= 0x39) || first === DASH || first === 0x2b /* + */ || first === 0x2e; /* . */
  if (!numeric) return raw;
  if (SIMPLE_NUMBER.test(raw)) {
    const value = Number(raw);
    if (value === 0 && first === DASH) throw DECLINE; // -0
    return value;
  }
  if (CORE_NUMBER.test(raw)) throw DECLINE;
  return raw;
}
