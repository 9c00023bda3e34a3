/**
 * Text for HTML element content and quoted attribute values: the five characters that
 * could end a text node or an attribute, or start markup or an entity. Everything from
 * a plan goes through this, so a name like `<script>` is shown as text, never run.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
}
