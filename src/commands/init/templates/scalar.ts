import { referenceParser } from '../../../plan/yaml-library.js';

// The `yaml` package as the lazily loaded bundle every command shares (see yaml-library.ts).
const stringify = (value: unknown, options?: import('yaml').ToStringOptions): string => referenceParser().stringify(value, options);

/** A value a placeholder can take: text, a number, or a list of either (the line repeats). */
export type Scalar = string | number | boolean;

/**
 * Renders one value as a YAML scalar for where it stands: after `key: ` or `- ` (block
 * context), or inside a flow map or sequence (`{ name: … }`, `flow`), where `,`, `[]`
 * and `{}` would end it. Plain when that is unambiguous, double-quoted otherwise; always
 * a single line, and it reads back as exactly the same value (`Acme: "Ops" #1` stays
 * that string; `2024` given as text stays text).
 */
export function yamlScalar(value: Scalar, { flow = false }: { flow?: boolean } = {}): string {
  // The values an edit writes most, answered without loading the yaml stringifier: an ISO
  // date is a plain string in YAML 1.2, and a plain decimal is written as itself.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (typeof value === 'number' && /^-?\d+(\.\d+)?$/.test(String(value))) return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} in a plan`);
    return stringify(value).trimEnd();
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Names, titles and e-mails (what cro import writes by the thousand): letters first, no
  // YAML punctuation, not a word YAML reads as something else; plain as they are.
  if (/^\p{L}[\p{L}\p{N} .'@_-]*$/u.test(value) && !value.endsWith(' ') && !/^(null|true|false|y|n|yes|no|on|off)$/i.test(value)) return value;
  const plain = stringify(value, { lineWidth: 0, minContentWidth: 0, defaultStringType: 'PLAIN' }).replace(/\n$/, '');
  if (isSafePlain(plain, value, flow)) return plain;
  return doubleQuoted(value);
}

/** Plain text the `yaml` package itself would leave plain, on one line, and safe where it stands. */
function isSafePlain(rendered: string, value: string, flow: boolean): boolean {
  return (
    rendered === value &&
    (flow ? /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._'()&/+@%-]*$/u : /^[\p{L}\p{N}][\p{L}\p{N}\p{M}\p{P}\p{S} ]*$/u).test(value) &&
    !/\s$/.test(value) &&
    // YAML 1.1 readers (some editors) would read these as booleans; quote them for everyone.
    !/^(y|n|yes|no|on|off)$/i.test(value)
  );
}

/**
 * A JSON string is a YAML 1.2 double-quoted scalar; characters YAML does not allow
 * printed (DEL, C1 controls, U+FFFE/U+FFFF) or that editors treat as line breaks
 * (U+0085, U+2028, U+2029) are escaped as well.
 */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text inside a double-quoted scalar the template author wrote (`"… {{x}} …"`). */
export function insideDoubleQuotes(value: Scalar): string {
  return doubleQuoted(String(value)).slice(1, -1);
}

/**
 * Text inside a single-quoted scalar (`'… {{x}} …'`): quotes are doubled. Nothing can be
 * escaped there, so line breaks and unprintable characters become spaces.
 */
export function insideSingleQuotes(value: Scalar): string {
  return oneLine(String(value)).replace(/'/g, "''");
}

/** Text inside a comment: one line of printable characters, whatever the value holds. */
export function oneLine(value: Scalar): string {
  return String(value)
    .replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ');
}
