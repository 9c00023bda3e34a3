/**
 * Characters that make text do something on a terminal or in a log rather than show:
 * - C0 controls: line feed and carriage return (a new line, so a plan could forge a
 *   finding or "✔ no problems"), ESC (colour, cursor moves, clearing the screen, OSC
 *   window titles and links), BEL (ends an OSC), backspace, tab (breaks alignment);
 * - DEL, and the C1 controls U+0080–U+009F: CSI U+009B and OSC U+009D start sequences
 *   without an ESC on terminals that honour 8-bit controls; NEL U+0085 is a new line;
 * - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: a new line in browsers and
 *   editors that show a CI log or a copied report;
 * - the bidirectional embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069:
 *   they reorder everything after them to the end of the line, so a name could show a
 *   finding's text backwards or move its words ("Trojan Source", CVE-2021-42574).
 * The right-to-left and left-to-right marks (U+200E, U+200F, U+061C) stay: Arabic and
 * Hebrew names need them, and they only affect the punctuation next to them. So do
 * joiners and variation selectors, which emoji and Indic scripts are built with.
 */
const UNSAFE_RUNS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * User text (a name from a plan, a file name, a message that quotes them) made safe to
 * write on one line of a terminal, a table cell or a CI log: every run of the characters
 * above becomes one space, so the text shows as written and can neither break the layout
 * nor drive the reader's terminal. Any other text, in any script, is returned unchanged.
 */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_RUNS, ' ');
}
