/**
 * User text for one line of terminal or table output: newlines would break the layout,
 * and escape sequences (ESC, CSI) would let a plan drive the reader's terminal, so
 * every control character becomes a space.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
