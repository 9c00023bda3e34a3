import type { ChalkInstance } from 'chalk';
import { backupProblem, groupTitle, personMarks, roleName, roleNames, stanceText, type MapPerson, type MapRoleSection, type StakeholderMap } from '../../../method/stakeholder-map.js';
import { STANCE_LOOKS, STANCE_ORDER, stanceLook } from '../../../method/stance.js';
import { oneLine } from '../../../text/terminal-text.js';
import { messages } from '../../../i18n/messages.js';

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
  const says = messages().map.tree;
  const stances = messages().common.stances;
  out.push(`${chalk.bold(oneLine(map.account))}${says.title({ asOf: map.asOf })}`);
  out.push(chalk.dim(says.stance({ stances: STANCE_ORDER.map((s) => `${STANCE_LOOKS[s].symbol} ${stances[s]}`).join('   ') })));
  out.push(chalk.dim(says.marks));
  const byId = new Map(map.people.map((p) => [p.id, p]));
  // A person with several roles is described in full once; later roles name them only.
  const described = new Set<string>();

  for (const group of map.groups) {
    out.push('');
    out.push(chalk.bold.underline(groupTitle(group.group)));
    if (group.sections.length === 0) {
      out.push(chalk.dim(`└─ ${says.nobodyYet}`));
      continue;
    }
    group.sections.forEach((section, i) => {
      const lastSection = i === group.sections.length - 1;
      out.push(`${lastSection ? '└─' : '├─'} ${sectionHeading(section, chalk)}`);
      const stem = lastSection ? '   ' : '│  ';
      if (section.people.length === 0) {
        out.push(`${stem}└─ ${chalk.dim(says.nobodyHoldsRole)}`);
        return;
      }
      section.people.forEach((id, j) => {
        const person = byId.get(id)!;
        const lastPerson = j === section.people.length - 1;
        const branch = `${stem}${lastPerson ? '└─' : '├─'} `;
        if (described.has(id)) {
          out.push(`${branch}${personName(person, chalk)} ${chalk.dim(says.seeAbove)}`);
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
  if (map.uncoveredRoles.length > 0) gaps.push(says.uncovered({ roles: roleNames(map.uncoveredRoles) }));
  if (map.singleThreadedRoles.length > 0) gaps.push(says.singleThreaded({ roles: roleNames(map.singleThreadedRoles) }));
  const detractors = map.people.filter((p) => p.detractor);
  const unplanned = detractors.filter((p) => p.needsWinPlan);
  if (unplanned.length > 0) gaps.push(says.noWinPlan({ names: unplanned.map((p) => oneLine(p.name)).join(', ') }));
  const overdue = detractors.filter((p) => p.winPlanOverdue);
  if (overdue.length > 0) gaps.push(says.overdue({ names: overdue.map((p) => oneLine(p.name)).join(', ') }));
  out.push('');
  out.push(gaps.length === 0 ? chalk.green(says.allCovered) : chalk.yellow(`⚠ ${gaps.join('; ')}`));
  return `${out.join('\n')}\n`;
}

function sectionHeading(section: MapRoleSection, chalk: ChalkInstance): string {
  const name = roleName(section.role);
  const status = messages().map.status;
  if (section.status === 'uncovered') return `${chalk.bold(name)}  ${chalk.red(status.uncovered)}`;
  if (section.status === 'single-threaded') return `${chalk.bold(name)}  ${chalk.yellow(status['single-threaded'])}`;
  if (section.status === 'covered') return `${chalk.bold(name)}  ${chalk.green(status.covered)}`;
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
    return chalk.dim(messages().map.backupLabel) + oneLine(person.backup.name) + (problem ? chalk.yellow(` ${problem}`) : '');
  }
  if (person.singleThreaded.length > 0) return chalk.yellow(messages().map.noBackup);
  return null;
}
