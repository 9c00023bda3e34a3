import type { DiffDocument } from './model.js';

/** `cro diff --format json` (stable; SPEC §9): `{ version: 1, from, to, asOf, totals, accounts }`. */
export function renderDiffJson(doc: DiffDocument): string {
  const side = (s: DiffDocument['range']['from']) => ({ revision: s.revision, commit: s.commit });
  return `${JSON.stringify({ version: 1, from: side(doc.range.from), to: side(doc.range.to), asOf: doc.asOf, totals: doc.totals, accounts: doc.accounts }, null, 2)}\n`;
}
