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

/**
 * The start of a self-contained cro page, up to `<body>`: its language, the Content
 * Security Policy that keeps it offline, the viewport for phones, and its own styles.
 */
export function htmlPageHead({ lang, csp, version, title, style }: { lang: string; csp: string; version: string; title: string; style: string }): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cro ${escapeHtml(version)}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
`;
}
