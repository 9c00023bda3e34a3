import { referenceParser } from './yaml-library.js';

/*
 * Suppression comments in a plan (SPEC §12):
 *
 *   # cro-ignore <rule>[, <rule>] -- <reason> [until <YYYY-MM-DD>]
 *   # cro-ignore-file <rule>[, <rule>] -- <reason> [until <YYYY-MM-DD>]
 *
 * `cro-ignore` on a line of its own applies to the node on the next line (comment lines
 * of their own in between are skipped, so several can stack above one node; a blank line
 * ends the run); at the end of a line, to the node on that line. `cro-ignore-file` applies
 * to the whole file and belongs to the file's first comment block (the comment and blank
 * lines before anything else). This module only reads them: what they suppress, and what
 * is wrong with them, is rules/suppression.ts.
 */

export const DIRECTIVE_MARK = 'cro-ignore';

export interface SuppressionComment {
  kind: 'node' | 'file';
  /** The rule ids named, as written (trimmed), in order; empty when none is. */
  rules: string[];
  /** The reason after `--`, trimmed; null when there is none (no `--`, or nothing after it). */
  reason: string | null;
  /** The `until` date as written; null when there is none. */
  until: string | null;
  /** Whether `until` is a real calendar date (YYYY-MM-DD); true when there is no `until`. */
  untilValid: boolean;
  /** Where the comment's `#` is (1-based). */
  line: number;
  column: number;
  /** The line of the node it applies to (`node` only; null when nothing follows it: a blank line, or the end of the file). */
  target: number | null;
  /** A `cro-ignore-file` outside the first comment block (it applies to nothing). */
  misplaced: boolean;
}

/** `cro-ignore` or `cro-ignore-file`, then the rest: rules, `--`, reason, `until`. */
const DIRECTIVE = /^#\s*cro-ignore(-file)?(?=\s|$)(.*)$/s;
const UNTIL = /\suntil\s+(\S+)\s*$/;

/**
 * Every suppression comment of a YAML text, in order. Comments are found by the YAML
 * lexer, so a `#` inside a quoted or block scalar is never read as one. Cheap for a plan
 * without any: the text is searched for the mark first.
 */
export function readSuppressionComments(text: string): SuppressionComment[] {
  if (!text.includes(DIRECTIVE_MARK)) return [];
  const starts = lineStarts(text);
  const comments = commentTokens(text);
  if (comments.length === 0) return [];
  const lineOf = (offset: number) => lineIndexAt(starts, offset) + 1;
  /** Lines holding only a comment (1-based). */
  const commentOnly = new Set<number>();
  for (const { offset } of comments) {
    const line = lineOf(offset);
    if (text.slice(starts[line - 1]!, offset).trim() === '') commentOnly.add(line);
  }
  const lineCount = starts.length;
  const isBlank = (line: number) => lineText(text, starts, line).trim() === '';
  // The first comment block: the comment-only and blank lines before the first other one.
  let firstBlockEnd = 0;
  while (firstBlockEnd < lineCount && (commentOnly.has(firstBlockEnd + 1) || isBlank(firstBlockEnd + 1))) firstBlockEnd++;

  const out: SuppressionComment[] = [];
  for (const { offset, value } of comments) {
    const match = DIRECTIVE.exec(value);
    if (!match) continue;
    const line = lineOf(offset);
    const column = offset - starts[line - 1]! + 1;
    const kind = match[1] ? 'file' : 'node';
    let target: number | null = null;
    if (kind === 'node') {
      if (!commentOnly.has(line)) target = line;
      else {
        let next = line + 1;
        while (next <= lineCount && commentOnly.has(next)) next++;
        target = next <= lineCount && !isBlank(next) ? next : null;
      }
    }
    out.push({ kind, ...parseDirectiveBody(match[2]!), line, column, target, misplaced: kind === 'file' && line > firstBlockEnd });
  }
  return out;
}

/** What follows `cro-ignore` / `cro-ignore-file`: `<rules> -- <reason> [until <date>]`. */
export function parseDirectiveBody(body: string): Pick<SuppressionComment, 'rules' | 'reason' | 'until' | 'untilValid'> {
  const dashes = body.search(/(^|\s)--(\s|$)/);
  const rulesPart = dashes === -1 ? body : body.slice(0, dashes);
  let rest = dashes === -1 ? '' : body.slice(dashes).replace(/^\s*--/, '');
  let until: string | null = null;
  const untilMatch = UNTIL.exec(` ${rest}`);
  if (untilMatch) {
    until = untilMatch[1]!;
    rest = ` ${rest}`.slice(0, untilMatch.index);
  }
  const reason = rest.trim();
  const rules = rulesPart.split(',').map((rule) => rule.trim()).filter((rule) => rule !== '');
  return { rules, reason: dashes === -1 || reason === '' ? null : reason, until, untilValid: until === null || isCalendarDate(until) };
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The comments of a YAML text with their offsets: the lexer's tokens are the text itself, apart from a few markers of no length. */
function commentTokens(text: string): Array<{ offset: number; value: string }> {
  const { Lexer } = referenceParser();
  const out: Array<{ offset: number; value: string }> = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // DOCUMENT, FLOW_END and SCALAR markers of yaml's CST stand for no text.
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    if (token.charCodeAt(0) === 0x23 /* # */) out.push({ offset, value: token });
    offset += token.length;
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  // Lines as the YAML parser counts them (plan/locate.ts): ended by \n only.
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function lineText(text: string, starts: readonly number[], line: number): string {
  return text.slice(starts[line - 1]!, line < starts.length ? starts[line]! : text.length);
}
