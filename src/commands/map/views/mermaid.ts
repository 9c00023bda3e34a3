import { backupText, groupTitle, homeSections, personSummary, roleName, roleNames, type MapPerson, type MapRoleSection, type StakeholderMap } from '../../../method/stakeholder-map.js';
import { STANCE_LOOKS, STANCE_ORDER, stanceLook } from '../../../method/stance.js';
import { oneLine } from '../../../text/terminal-text.js';
import { messages } from '../../../i18n/messages.js';

/*
 * A Mermaid flowchart (GitHub, GitLab and most wikis render it), laid out to fit a
 * page column (GitHub's is about 880 px): everything runs top to bottom, a subgraph per
 * group and one per role inside it, stacked, with at most PEOPLE_PER_ROW people side by
 * side. A person with two roles is drawn once, in the first.
 *
 * Backups are a line in the person's box, not edges: Mermaid ignores a subgraph's
 * direction as soon as an edge leaves it, and a backup in another role would spread
 * the roles side by side into a chart too wide to read. The only edges are invisible
 * (`~~~`): they stack the subgraphs and wrap the rows.
 */

/**
 * Mermaid wraps a label at 200 px, so a box is at most about 240 px wide: two side by
 * side, with the gaps and the subgraphs' padding, stay well inside GitHub's column.
 */
export const PEOPLE_PER_ROW = 2;

/**
 * Text for inside a quoted Mermaid label. Mermaid decodes `#name;`/`#123;` entity
 * codes in labels and renders labels as HTML, so `"` (ends the label), `#` (starts an
 * entity), `<`, `>` and `&` (HTML), and the backtick (ends a Markdown code fence, and
 * starts a Mermaid markdown string) are all written as numeric entity codes.
 * Newlines and other control characters become spaces.
 */
export function escapeMermaid(text: string): string {
  return oneLine(text).replace(/["#&<>`]/g, (c) => `#${c.codePointAt(0)};`);
}

/** Node ids: stakeholder ids are [a-z0-9-]+; a prefix keeps Mermaid keywords (`end`) and dashes out. */
export const mermaidId = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`;

export interface MermaidOptions {
  /** Markdown embeds the chart in a fence; the standalone format prints the chart only. */
  indent?: string;
  /** A legend subgraph; a page with many charts prints one legend in text instead. */
  legend?: boolean;
}

export function renderMermaid(map: StakeholderMap, { indent = '', legend = true }: MermaidOptions = {}): string {
  const lines: string[] = [];
  const says = messages().map;
  const add = (depth: number, text: string) => lines.push(`${indent}${'  '.repeat(depth)}${text}`);
  const byId = new Map(map.people.map((p) => [p.id, p]));
  const home = homeSections(map);
  /** Subgraphs one under the other, in this order. */
  const stacked: string[] = [];

  add(0, 'flowchart TB');
  for (const group of map.groups) {
    if (group.sections.length === 0) continue;
    const groupId = mermaidId('group', group.group);
    stacked.push(groupId);
    add(1, `subgraph ${groupId}["${escapeMermaid(groupTitle(group.group))}"]`);
    add(2, 'direction TB');
    const roles: string[] = [];
    for (const section of group.sections) {
      const sectionId = mermaidId(`role_${group.group.replace(/-/g, '_')}`, section.role ?? 'none');
      roles.push(sectionId);
      add(2, `subgraph ${sectionId}["${escapeMermaid(sectionTitle(section))}"]`);
      add(3, 'direction TB');
      const drawnHere = section.people.filter((id) => home.get(id)?.section === section);
      const boxes = drawnHere.map((id) => personNode(byId.get(id)!));
      // Someone is listed here but drawn in an earlier role: say so rather than leave the role looking empty.
      const elsewhere = section.people.filter((id) => home.get(id)?.section !== section).map((id) => byId.get(id)!.name);
      if (elsewhere.length > 0) boxes.push({ id: `${sectionId}_note`, text: `${sectionId}_note["${escapeMermaid(says.also({ names: elsewhere.join(', ') }))}"]:::note` });
      else if (drawnHere.length === 0) boxes.push({ id: `${sectionId}_note`, text: `${sectionId}_note["${escapeMermaid(says.nobodyHolds({ role: section.role === null ? null : roleName(section.role) }))}"]:::gap` });
      for (const box of boxes) add(3, box.text);
      for (const column of columns(boxes.map((b) => b.id), PEOPLE_PER_ROW)) if (column.length > 1) add(3, column.join(' ~~~ '));
      add(2, 'end');
    }
    if (roles.length > 1) add(2, roles.join(' ~~~ '));
    add(1, 'end');
  }

  if (legend) {
    stacked.push('legend');
    add(1, `subgraph legend["${escapeMermaid(says.legend.title)}"]`);
    // In columns like the people, as narrow as two of them side by side.
    add(2, 'direction TB');
    for (const stance of STANCE_ORDER) add(2, `legend_${stance}["${escapeMermaid(`${STANCE_LOOKS[stance].symbol} ${messages().common.stances[stance]}`)}"]:::${stance}`);
    add(2, `legend_attention["${escapeMermaid(says.legend.attention)}"]:::gap`);
    add(2, `legend_backup["${escapeMermaid(says.legend.backup)}"]:::note`);
    add(2, `legend_left["${escapeMermaid(says.legend.left)}"]:::left`);
    const keys = [...STANCE_ORDER.map((stance) => `legend_${stance}`), 'legend_attention', 'legend_backup', 'legend_left'];
    for (const column of columns(keys, PEOPLE_PER_ROW)) add(2, column.join(' ~~~ '));
    add(1, 'end');
  }
  if (stacked.length > 1) add(1, stacked.join(' ~~~ '));

  for (const stance of STANCE_ORDER) {
    const look = STANCE_LOOKS[stance];
    const width = stance === 'detractor' ? 3 : 1.5;
    add(1, `classDef ${stance} fill:${look.fill},stroke:${look.stroke},stroke-width:${width}px,color:#111`);
  }
  add(1, 'classDef gap fill:#fff,stroke:#b3261e,stroke-width:2px,stroke-dasharray:6 3,color:#b3261e');
  add(1, 'classDef note fill:#fff,stroke:#bbb,stroke-dasharray:3 3,color:#555');
  add(1, 'classDef left fill:#f5f5f5,stroke:#999,stroke-dasharray:4 3,color:#777');
  const leftIds = map.people.filter((p) => p.leftOn).map((p) => mermaidId('p', p.id));
  if (leftIds.length > 0) add(1, `class ${leftIds.join(',')} left`);
  return `${lines.join('\n')}\n`;
}

/**
 * Boxes dealt into `count` columns, each drawn as a chain of invisible links running
 * down: Mermaid puts a chain's boxes on successive rows, so no row holds more than one
 * box of each chain, and the subgraph is never wider than `count` boxes (unlinked, all
 * its boxes would share one row). This holds whether or not Mermaid honours the
 * subgraph's direction, since the whole chart runs top to bottom too.
 */
function columns(ids: readonly string[], count: number): string[][] {
  const out: string[][] = Array.from({ length: Math.min(count, ids.length) }, () => []);
  ids.forEach((id, i) => out[i % count]!.push(id));
  return out;
}

export function sectionTitle(section: MapRoleSection): string {
  const name = roleName(section.role);
  const status = messages().map.status;
  if (section.status === 'uncovered') return `${name} · ${status.uncovered}`;
  if (section.status === 'single-threaded') return `${name} · ${status['single-threaded']}`;
  if (section.status === 'covered') return `${name} · ${status.covered}`;
  return name;
}

function personNode(person: MapPerson): { id: string; text: string } {
  const look = stanceLook(person.stance);
  const parts = [`${look.symbol} ${person.name}`];
  if (person.title) parts.push(person.title);
  parts.push(personSummary(person));
  if (person.roles.length > 1) parts.push(messages().map.roles({ roles: roleNames(person.roles) }));
  const backup = backupText(person);
  if (backup) parts.push(backup);
  const id = mermaidId('p', person.id);
  return { id, text: `${id}["${parts.map(escapeMermaid).join('<br/>')}"]:::${person.stance}` };
}
