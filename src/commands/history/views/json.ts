import type { HistoryDocument } from './model.js';

/** `cro history --format json`: `{ version: 1, accounts: [{ account, file, steps: [{ commit, date, author, subject, file, diff, after, boundary }] }] }`. */
export function renderHistoryJson(doc: HistoryDocument): string {
  return `${JSON.stringify({ version: 1, accounts: doc.timelines }, null, 2)}\n`;
}
