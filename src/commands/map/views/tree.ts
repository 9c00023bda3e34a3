import type { ChalkInstance } from 'chalk';
import { GROUP_TITLES, ROLE_NONE_LABEL, backupProblem, personMarks, stanceText, type MapPerson, type MapRoleSection, type StakeholderMap } from '../../../method/stakeholder-map.js';
import { STANCE_LOOKS, STANCE_ORDER, stanceLook } from '../../../method/stance.js';
import { oneLine } from '../../../text/terminal-text.js';

/*
 * The terminal view: a tree by group and role. Everything colour says is also said in
 * text (the stance symbol and word, "⚠" and words for gaps), so it reads the same
 * under NO_COLOR, in a CI log or on paper.
 */

export interface TreeOptions {
  chalk: ChalkInstance;
}

export function renderTree(map: StakeholderMap, { chalk }: TreeOptions): string {
  const out: string[] = [];
  out.push(`${chalk.bold(oneLine(map.account))} — stakeholders as of ${map.asOf}`);
  out.push(chalk.dim(`Stance: ${STANCE_ORDER.map((s) => `${STANCE_LOOKS[s].symbol} ${s}`).join('   ')}`));
  out.push(chalk.dim('Marks:  ⚠ needs attention   ↳ backup   left <date>: kept for history, counts for nothing'));
  const byId = new Map(map.people.map((p) => [p.id, p]));
  // A person with several roles is described in full once; later roles name them only.
  const described = new Set<string>();

  for (const group of map.groups) {
    out.push('');
    out.push(chalk.bold.underline(GROUP_TITLES[group.group]));
    if (group.sections.length === 0) {
      out.push(chalk.dim('└─ nobody yet'));
      continue;
    }
    group.sections.forEach((section, i) => {
      const lastSection = i === group.sections.length - 1;
      out.push(`${lastSection ? '└─' : '├─'} ${sectionHeading(section, chalk)}`);
      const stem = lastSection ? '   ' : '│  ';
      if (section.people.length === 0) {
        out.push(`${stem}└─ ${chalk.dim('nobody holds this role')}`);
        return;
      }
      section.people.forEach((id, j) => {
        const person = byId.get(id)!;
        const lastPerson = j === section.people.length - 1;
        const branch = `${stem}${lastPerson ? '└─' : '├─'} `;
        if (described.has(id)) {
          out.push(`${branch}${personName(person, chalk)} ${chalk.dim('(see above)')}`);
          return;
        }
        described.add(id);
        out.push(`${branch}${personLine(person, chalk)}`);
        const backup = backupLine(person, chalk);
        if (backup) out.push(`${stem}${lastPerson ? '   ' : '│  '}   ${backup}`);
      });
    });
  }

  const gaps: string[] = [];
  if (map.uncoveredRoles.length > 0) gaps.push(`uncovered: ${map.uncoveredRoles.join(', ')}`);
  if (map.singleThreadedRoles.length > 0) gaps.push(`single-threaded: ${map.singleThreadedRoles.join(', ')}`);
  const detractors = map.people.filter((p) => p.detractor);
  const unplanned = detractors.filter((p) => p.needsWinPlan);
  if (unplanned.length > 0) gaps.push(`detractors without a win plan: ${unplanned.map((p) => oneLine(p.name)).join(', ')}`);
  const overdue = detractors.filter((p) => p.winPlanOverdue);
  if (overdue.length > 0) gaps.push(`win plans overdue: ${overdue.map((p) => oneLine(p.name)).join(', ')}`);
  out.push('');
  out.push(gaps.length === 0 ? chalk.green('✔ every critical role is covered and backed up') : chalk.yellow(`⚠ ${gaps.join('; ')}`));
  return `${out.join('\n')}\n`;
}

function sectionHeading(section: MapRoleSection, chalk: ChalkInstance): string {
  const name = section.role ?? ROLE_NONE_LABEL;
  if (section.status === 'uncovered') return `${chalk.bold(name)}  ${chalk.red('⚠ uncovered')}`;
  if (section.status === 'single-threaded') return `${chalk.bold(name)}  ${chalk.yellow('⚠ single-threaded')}`;
  if (section.status === 'covered') return `${chalk.bold(name)}  ${chalk.green('covered')}`;
  return chalk.bold(name);
}

function personName(person: MapPerson, chalk: ChalkInstance): string {
  const look = stanceLook(person.stance);
  const paint = chalk.hex(look.stroke);
  const text = `${paint(look.symbol.padEnd(2))} ${paint.bold(oneLine(person.name))}`;
  return person.leftOn ? chalk.dim(text) : text;
}

function personLine(person: MapPerson, chalk: ChalkInstance): string {
  const title = person.title ? chalk.dim(`, ${oneLine(person.title)}`) : '';
  const marks = personMarks(person).map((mark) => (mark.warning ? chalk.yellow(`⚠ ${mark.text}`) : chalk.dim(mark.text)));
  const line = [`${personName(person, chalk)}${title}`, stanceText(person), ...marks].join(' · ');
  return person.leftOn ? chalk.dim(line) : line;
}

function backupLine(person: MapPerson, chalk: ChalkInstance): string | null {
  if (person.backup) {
    const problem = backupProblem(person.backup);
    return chalk.dim('↳ backup: ') + oneLine(person.backup.name) + (problem ? chalk.yellow(` ${problem}`) : '');
  }
  if (person.singleThreaded.length > 0) return chalk.yellow('↳ no backup ⚠ name one who takes over');
  return null;
}
