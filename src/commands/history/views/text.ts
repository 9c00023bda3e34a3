import type { ChalkInstance } from 'chalk';
import { messages } from '../../../i18n/messages.js';
import { oneLine } from '../../../text/terminal-text.js';
import { describeAccount, type Tone } from '../../diff/views/describe.js';
import { day, shortCommit, stateText, type HistoryDocument } from './model.js';

/** `cro history` on a terminal: per account, each commit with its changes and the plan's state after it. */
export function renderHistoryText(doc: HistoryDocument, chalk: ChalkInstance): string {
  const t = messages().history;
  if (doc.timelines.length === 0) return `${t.noCommits}\n`;
  const commits = new Set(doc.timelines.flatMap((tl) => tl.steps.map((s) => s.commit))).size;
  const lines = [chalk.bold(t.accounts({ count: doc.timelines.length, commits }))];
  const mark: Record<Tone, (s: string) => string> = { good: (s) => chalk.green(`+ ${s}`), bad: (s) => chalk.red(`- ${s}`), neutral: (s) => `· ${s}` };
  for (const timeline of doc.timelines) {
    lines.push('', `${chalk.bold(oneLine(timeline.account))}  ${chalk.dim(oneLine(timeline.file))}`);
    for (const step of timeline.steps) {
      lines.push(`  ${chalk.yellow(shortCommit(step.commit))} ${day(step.date)}  ${oneLine(step.subject)}  ${chalk.dim(t.by({ author: oneLine(step.author) }))}`);
      if (step.boundary) lines.push(`      ${chalk.dim(t.start)}`);
      const sentences = step.diff ? describeAccount(step.diff, oneLine) : [];
      if (sentences.length === 0) lines.push(`      ${chalk.dim(t.unchanged)}`);
      for (const sentence of sentences) lines.push(`      ${mark[sentence.tone](sentence.text)}`);
      lines.push(`      ${chalk.dim(`→ ${stateText(step.after)}`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
