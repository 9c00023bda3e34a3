import { messages } from '../i18n/messages.js';
import type { Position } from './locate.js';

/*
 * How deep lists and maps may nest in a plan or a config. Every YAML parser cro uses, and
 * the schema and walkers after them, descend by recursion: a few kilobytes of `[[[…]]]`
 * would overflow the stack and take the whole run with it. A plan nests about five levels
 * (stakeholders[].winPlan.actions[]); the limit is far above anything a person writes in
 * their own `x-` data, and far below what the stack holds.
 *
 * Depth counts lists and maps around a value: `cro: 1` is at depth 1 (in the top map),
 * `x-a: [[1]]` puts 1 at depth 3. The subset reader counts it as it reads (subset-parse.ts);
 * the other parsers are guarded by findDeepNesting, a linear scan of the text that agrees
 * with that count on everything the subset reader reads, and checks of the parsed data
 * behind it (aliases can nest what the text does not show).
 */
export const MAX_NESTING_DEPTH = 64;

/** What the YAML file is, for messages: the limits are the same for both. */
export type YamlFileKind = 'plan' | 'config';

export function tooDeepMessage(kind: YamlFileKind = 'plan'): string {
  const text = messages().plan.syntax;
  return (kind === 'plan' ? text.tooDeep : text.configTooDeep)({ limit: MAX_NESTING_DEPTH });
}

export function aliasTooDeepMessage(): string {
  return messages().plan.syntax.aliasTooDeep({ limit: MAX_NESTING_DEPTH });
}

export function aliasCycleMessage(): string {
  return messages().plan.syntax.aliasCycle;
}

/** Whether parsed data (plain objects and arrays, no cycles) nests deeper than the limit; iterative. */
export function dataNestsTooDeep(data: unknown, limit = MAX_NESTING_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, above] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const depth = above + 1;
    if (depth > limit) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth]);
    }
  }
  return false;
}

const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const DASH = 0x2d;
const QUESTION = 0x3f;
const COLON = 0x3a;
const COMMA = 0x2c;
const AMPERSAND = 0x26;
const BANG = 0x21;
const STAR = 0x2a;
const PERCENT = 0x25;
const DOT = 0x2e;
const PIPE = 0x7c;
const GREATER = 0x3e;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

const enum Mode {
  Block,
  Flow,
  DoubleQuoted,
  SingleQuoted,
  BlockScalar,
}

/**
 * Where the text first nests lists and maps deeper than `limit`, or undefined. One pass,
 * line by line, that follows YAML's structure far enough to count collections: block
 * collections by their indentation, flow collections by their brackets (and the one-pair
 * maps `[a: b]` makes), while the text of quoted scalars, block scalars, comments and
 * multi-line plain scalars is skipped, so brackets in prose never count.
 */
export function findDeepNesting(text: string, limit = MAX_NESTING_DEPTH): Position | undefined {
  return new NestingScan(text, limit).run();
}

class NestingScan {
  private readonly text: string;
  private readonly limit: number;
  /** The open block collections: their columns (0-based) and whether each is a sequence. */
  private readonly blockColumns: number[] = [];
  private readonly blockIsSequence: boolean[] = [];
  /** The open flow collections by their opening character; a one-pair map in a flow sequence is `:`. */
  private readonly flow: number[] = [];
  private mode = Mode.Block;
  /** The mode to go back to when a quoted scalar ends. */
  private afterQuote = Mode.Block;
  /** The last content line ended where a nested block node may follow (`key:`, `-`). */
  private opensValue = true;
  /** Block scalar text is every line indented more than this column (or blank). */
  private scalarParent = -1;
  /** In flow: the next character starts a node (a quote there opens a quoted scalar). */
  private atNodeStart = true;
  /** In flow: the last token was a quoted scalar or a closed collection (JSON-like), after which `:` is an indicator. */
  private afterJsonNode = false;
  private line = 0;
  private lineStart = 0;
  private found: Position | undefined;

  constructor(text: string, limit: number) {
    this.text = text;
    this.limit = limit;
  }

  run(): Position | undefined {
    const text = this.text;
    let position = 0;
    for (;;) {
      let newline = text.indexOf('\n', position);
      if (newline === -1) newline = text.length;
      let end = newline;
      if (end > position && text.charCodeAt(end - 1) === CARRIAGE_RETURN) end--;
      this.line++;
      this.lineStart = position;
      this.scanLine(position, end);
      if (this.found) return this.found;
      if (newline >= text.length) return undefined;
      position = newline + 1;
    }
  }

  private get depth(): number {
    return this.blockColumns.length + this.flow.length;
  }

  /** Opens a collection at offset `at`; false (with the position kept) once that is one too many. */
  private tooDeepAt(at: number): boolean {
    if (this.depth <= this.limit) return false;
    this.found = { line: this.line, column: at - this.lineStart + 1 };
    return true;
  }

  private openBlock(column: number, sequence: boolean, at: number): boolean {
    this.blockColumns.push(column);
    this.blockIsSequence.push(sequence);
    return this.tooDeepAt(at);
  }

  private closeBlock(): void {
    this.blockColumns.pop();
    this.blockIsSequence.pop();
  }

  private scanLine(start: number, end: number): void {
    const text = this.text;
    let i = start;
    if (this.mode === Mode.DoubleQuoted || this.mode === Mode.SingleQuoted) {
      i = this.quoteEnd(start, end);
      if (i === -1) return;
      if (this.afterQuote === Mode.Flow) {
        this.flowText(i, end);
      } else {
        this.opensValue = false; // a quoted scalar over several lines is a value, never a key
      }
      return;
    }
    if (this.mode === Mode.Flow) {
      this.flowText(start, end);
      return;
    }

    let content = start;
    while (content < end && text.charCodeAt(content) === SPACE) content++;
    const indent = content - start;
    if (this.mode === Mode.BlockScalar) {
      if (content === end || (indent > this.scalarParent && !this.isDocumentMarker(content, end))) return;
      this.mode = Mode.Block;
    }
    if (content === end) return;
    const first = text.charCodeAt(content);
    if (first === HASH) return;
    if (indent === 0 && this.isDocumentMarker(content, end)) {
      this.blockColumns.length = 0;
      this.blockIsSequence.length = 0;
      this.opensValue = true;
      if (first === DASH) this.nodeStart(content + 3, end, false, -1);
      return;
    }
    if (indent === 0 && first === PERCENT && this.blockColumns.length === 0) return; // a directive

    const columns = this.blockColumns;
    const innermost = columns.length > 0 ? columns[columns.length - 1]! : -1;
    // Deeper than the collection it would belong to, after a complete value: the next line of a plain scalar.
    if (indent > innermost && !this.opensValue) return;
    while (columns.length > 0 && columns[columns.length - 1]! > indent) this.closeBlock();
    const isSequenceEntry = first === DASH && this.isBlankOrEnd(content + 1, end);
    const last = columns.length - 1;
    // Whether the line goes on in the collection open at its column; if not, a `- ` opens a
    // sequence here, and a key a map (nodeStart sees which: the line may be a lone value).
    let counted = false;
    if (last >= 0 && columns[last] === indent) {
      if (this.blockIsSequence[last] && !isSequenceEntry) {
        // A sequence at its key's column ends at the next key.
        this.closeBlock();
        const parent = columns.length - 1;
        counted = parent >= 0 && columns[parent] === indent;
      } else if (!this.blockIsSequence[last] && isSequenceEntry) {
        // `key:` with its sequence at the same column.
        if (this.openBlock(indent, true, content)) return;
        counted = true;
      } else {
        counted = true;
      }
    } else if (isSequenceEntry) {
      if (this.openBlock(indent, true, content)) return;
      counted = true;
    }
    this.nodeStart(content, end, counted, indent);
  }

  /**
   * Reads a line from where a block node may start: indicators (`- `, `? `, `: `),
   * properties (`&anchor`, `!tag`), then a key, a scalar or a flow collection.
   * `counted`: the collection of the first entry here is already open; `entry` is the
   * column of the innermost entry so far (a block scalar's text is indented past it).
   */
  private nodeStart(from: number, end: number, counted: boolean, entry: number): void {
    const text = this.text;
    let i = from;
    for (;;) {
      while (i < end && this.isBlank(text.charCodeAt(i))) i++;
      if (i >= end || text.charCodeAt(i) === HASH) {
        this.opensValue = true;
        return;
      }
      const ch = text.charCodeAt(i);
      const column = i - this.lineStart;
      if ((ch === DASH || ch === QUESTION) && this.isBlankOrEnd(i + 1, end)) {
        if (!counted && this.openBlock(column, ch === DASH, i)) return;
        counted = false;
        entry = column;
        i++;
        continue;
      }
      if (ch === COLON && this.isBlankOrEnd(i + 1, end)) {
        counted = false;
        i++;
        continue;
      }
      if (ch === AMPERSAND || ch === BANG) {
        while (i < end && !this.isBlank(text.charCodeAt(i))) i++;
        continue;
      }
      if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
        this.mode = Mode.Flow;
        this.atNodeStart = true;
        this.afterJsonNode = false;
        this.flowText(i, end);
        return;
      }
      if (ch === PIPE || ch === GREATER) {
        this.mode = Mode.BlockScalar;
        this.scalarParent = entry;
        return;
      }
      if (ch === STAR) {
        this.opensValue = false;
        return;
      }
      if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) {
        this.mode = ch === DOUBLE_QUOTE ? Mode.DoubleQuoted : Mode.SingleQuoted;
        this.afterQuote = Mode.Block;
        const after = this.quoteEnd(i + 1, end);
        if (after === -1) return;
        let j = after;
        while (j < end && this.isBlank(text.charCodeAt(j))) j++;
        if (j < end && text.charCodeAt(j) === COLON && this.isBlankOrEnd(j + 1, end)) {
          // A quoted key.
          if (!counted && this.openBlock(column, false, i)) return;
          counted = false;
          entry = column;
          i = j + 1;
          continue;
        }
        this.opensValue = false;
        return;
      }
      const colon = this.implicitKeyEnd(i, end);
      if (colon === -1) {
        this.opensValue = false; // a plain scalar
        return;
      }
      if (!counted && this.openBlock(column, false, i)) return;
      counted = false;
      entry = column;
      i = colon + 1;
    }
  }

  /** The `:` that ends a plain key starting at `from` on this line, or -1 for a plain scalar. */
  private implicitKeyEnd(from: number, end: number): number {
    const text = this.text;
    for (let i = from; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && this.isBlankOrEnd(i + 1, end)) return i;
      if (ch === HASH && this.isBlank(text.charCodeAt(i - 1))) return -1;
    }
    return -1;
  }

  /** Reads flow text from `from`; leaves Flow mode when the outermost collection closes. */
  private flowText(from: number, end: number): void {
    const text = this.text;
    const flow = this.flow;
    for (let i = from; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (this.isBlank(ch)) continue;
      if (ch === HASH && (i === this.lineStart || this.isBlank(text.charCodeAt(i - 1)))) return;
      if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
        flow.push(ch);
        if (this.tooDeepAt(i)) return;
        this.atNodeStart = true;
        this.afterJsonNode = false;
      } else if (ch === CLOSE_BRACKET || ch === CLOSE_BRACE) {
        if (flow[flow.length - 1] === COLON) flow.pop(); // the one-pair map ends with its sequence
        flow.pop();
        this.atNodeStart = false;
        this.afterJsonNode = true;
        if (flow.length === 0) {
          this.mode = Mode.Block;
          this.afterFlow(i + 1, end);
          return;
        }
      } else if (ch === COMMA) {
        if (flow[flow.length - 1] === COLON) flow.pop();
        this.atNodeStart = true;
        this.afterJsonNode = false;
      } else if ((ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) && this.atNodeStart) {
        this.mode = ch === DOUBLE_QUOTE ? Mode.DoubleQuoted : Mode.SingleQuoted;
        this.afterQuote = Mode.Flow;
        const after = this.quoteEnd(i + 1, end);
        if (after === -1) return;
        i = after - 1;
        this.atNodeStart = false;
        this.afterJsonNode = true;
      } else if (ch === COLON && (this.afterJsonNode || this.isFlowSeparatorOrEnd(i + 1, end))) {
        // `[a: b]`: a map of one pair inside the sequence, one level more.
        if (flow[flow.length - 1] === OPEN_BRACKET) {
          flow.push(COLON);
          if (this.tooDeepAt(i)) return;
        }
        this.atNodeStart = true;
        this.afterJsonNode = false;
      } else if (ch === QUESTION && this.isBlankOrEnd(i + 1, end)) {
        this.atNodeStart = true;
      } else {
        this.atNodeStart = false;
        this.afterJsonNode = false;
      }
    }
  }

  /** After a flow collection in block context: it may have been a key (`[a]: b`). */
  private afterFlow(from: number, end: number): void {
    const text = this.text;
    let i = from;
    while (i < end && this.isBlank(text.charCodeAt(i))) i++;
    if (i < end && text.charCodeAt(i) === COLON && this.isBlankOrEnd(i + 1, end)) {
      this.nodeStart(i + 1, end, false, this.blockColumns[this.blockColumns.length - 1] ?? -1);
      return;
    }
    this.opensValue = false;
  }

  /** The offset after the quote that closes the current quoted scalar, or -1 when it goes on to the next line. */
  private quoteEnd(from: number, end: number): number {
    const text = this.text;
    if (this.mode === Mode.DoubleQuoted) {
      for (let i = from; i < end; i++) {
        const ch = text.charCodeAt(i);
        if (ch === BACKSLASH) i++;
        else if (ch === DOUBLE_QUOTE) {
          this.mode = this.afterQuote;
          return i + 1;
        }
      }
      return -1;
    }
    for (let i = from; i < end; i++) {
      if (text.charCodeAt(i) !== SINGLE_QUOTE) continue;
      if (i + 1 < end && text.charCodeAt(i + 1) === SINGLE_QUOTE) {
        i++;
        continue;
      }
      this.mode = this.afterQuote;
      return i + 1;
    }
    return -1;
  }

  private isDocumentMarker(at: number, end: number): boolean {
    const text = this.text;
    const ch = text.charCodeAt(at);
    if (ch !== DASH && ch !== DOT) return false;
    return text.charCodeAt(at + 1) === ch && text.charCodeAt(at + 2) === ch && this.isBlankOrEnd(at + 3, end);
  }

  private isBlank(ch: number): boolean {
    return ch === SPACE || ch === TAB;
  }

  private isBlankOrEnd(at: number, end: number): boolean {
    return at >= end || this.isBlank(this.text.charCodeAt(at));
  }

  private isFlowSeparatorOrEnd(at: number, end: number): boolean {
    if (at >= end) return true;
    const ch = this.text.charCodeAt(at);
    return this.isBlank(ch) || ch === COMMA || ch === OPEN_BRACKET || ch === CLOSE_BRACKET || ch === OPEN_BRACE || ch === CLOSE_BRACE;
  }
}
