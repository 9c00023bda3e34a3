import { oneLine } from './terminal-text.js';

/**
 * Text for HTML element content and quoted attribute values: the five characters that
 * could end a text node or an attribute, or start markup or an entity. Everything from
 * a plan goes through this, so a name like `<script>` is shown as text, never run.
 */
export function escapeHtml(text: string): string {
  // Control characters are not allowed in HTML (the Nu checker rejects the page) and would
  // reach a terminal when the page is printed: each becomes a space, as everywhere else.
  return oneLine(text).replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
}
