import type { ChalkInstance } from 'chalk';
import { messages } from '../../../i18n/messages.js';
import { oneLine } from '../../../text/terminal-text.js';
import { describeAccount, type Tone } from './describe.js';
import { headlineOf, sideLabel, type DiffDocument } from './model.js';

/** `cro diff` on a terminal: the headline, then each account with its changes, good news green, bad news red. */
export function renderDiffText(doc: DiffDocument, chalk: ChalkInstance): string {
  const t = messages().diff;
  const lines = [
    chalk.dim(`${t.between({ from: sideLabel(doc.range.from, t.workingTree), to: sideLabel(doc.range.to, t.workingTree) })} · ${t.judgedAsOf({ date: doc.asOf })}`),
    chalk.bold(headlineOf(doc.totals, t.headline)),
  ];
  const mark: Record<Tone, (s: string) => string> = { good: (s) => chalk.green(`+ ${s}`), bad: (s) => chalk.red(`- ${s}`), neutral: (s) => `· ${s}` };
  for (const account of doc.accounts) {
    lines.push('', `${chalk.bold(oneLine(account.account ?? account.file))}  ${chalk.dim(oneLine(account.file))}`);
    for (const sentence of describeAccount(account, oneLine)) lines.push(`  ${mark[sentence.tone](sentence.text)}`);
  }
  if (doc.totals.regressions > 0) lines.push('', chalk.red(t.regression));
  return `${lines.join('\n')}\n`;
}
