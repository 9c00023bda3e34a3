import { messages } from '../../../i18n/messages.js';
import { codeSpan, escapeInline } from '../../../text/markdown.js';
import { describeAccount, type Section, type Tone } from './describe.js';
import { headlineOf, sideLabel, type DiffDocument } from './model.js';

const SECTIONS: readonly Section[] = ['account', 'people', 'coverage', 'findings', 'economics', 'milestones'];
const MARK: Record<Tone, string> = { good: '✅', bad: '⚠️', neutral: '•' };

/**
 * `cro diff --format markdown`, for a pull-request comment or a job summary: starts at
 * level 2 (under the pull request's own title), the headline first, then one section per
 * account, its changes as a list grouped by what they are about.
 */
export function renderDiffMarkdown(doc: DiffDocument): string {
  const t = messages().diff;
  const out = [
    `## ${t.heading}`,
    '',
    `**${escapeInline(headlineOf(doc.totals, t.headline))}**`,
    '',
    `${escapeInline(t.between({ from: sideLabel(doc.range.from, t.workingTree), to: sideLabel(doc.range.to, t.workingTree) }))} · ${escapeInline(t.judgedAsOf({ date: doc.asOf }))}`,
  ];
  if (doc.accounts.length > 0) out.push('', doc.totals.regressions > 0 ? `⚠️ ${escapeInline(t.regression)}` : `✅ ${escapeInline(t.noRegression)}`);
  for (const account of doc.accounts) {
    out.push('', `### ${escapeInline(account.account ?? account.file)}`, '', codeSpan(account.file));
    const sentences = describeAccount(account, escapeInline);
    for (const section of SECTIONS) {
      const mine = sentences.filter((s) => s.section === section);
      if (mine.length === 0) continue;
      out.push('', `${t.sections[section]}:`, '', ...mine.map((s) => `- ${MARK[s.tone]} ${s.text}`));
    }
  }
  return `${out.join('\n')}\n`;
}
