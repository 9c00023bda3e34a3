import { messages } from '../../../i18n/messages.js';
import { escapeCell, escapeInline, tableRow } from '../../../text/markdown.js';
import { describeAccount } from '../../diff/views/describe.js';
import { day, shortCommit, stateText, type HistoryDocument } from './model.js';

const MARK = { good: '✅', bad: '⚠️', neutral: '•' } as const;

/** `cro history --format markdown`: one section per account, its commits as a table. */
export function renderHistoryMarkdown(doc: HistoryDocument): string {
  const t = messages().history;
  const out = [`## ${t.heading}`, ''];
  if (doc.timelines.length === 0) return `${[...out, escapeInline(t.noCommits)].join('\n')}\n`;
  const commits = new Set(doc.timelines.flatMap((tl) => tl.steps.map((s) => s.commit))).size;
  out.push(escapeInline(t.accounts({ count: doc.timelines.length, commits })));
  for (const timeline of doc.timelines) {
    out.push('', `### ${escapeInline(timeline.account)}`, '', `\`${timeline.file.replace(/`/g, "'")}\``, '');
    out.push(tableRow([t.head.date, t.head.commit, t.head.author, t.head.changes, t.head.after]), tableRow(['---', '---', '---', '---', '---']));
    for (const step of timeline.steps) {
      const sentences = step.diff ? describeAccount(step.diff, escapeInline).map((s) => `${MARK[s.tone]} ${s.text}`) : [];
      const changes = [escapeCell(step.subject), ...(step.boundary ? [escapeInline(t.start)] : []), ...(sentences.length > 0 ? sentences : [escapeInline(t.unchanged)])].join('<br>');
      out.push(tableRow([day(step.date), `\`${shortCommit(step.commit)}\``, escapeCell(step.author), changes, escapeCell(stateText(step.after))]));
    }
  }
  return `${out.join('\n')}\n`;
}
