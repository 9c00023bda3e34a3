import { groupTitle, homeSections, personSummary, roleName, roleNames, type MapPerson, type StakeholderMap } from '../../../method/stakeholder-map.js';
import { STANCE_LOOKS, STANCE_ORDER, stanceLook } from '../../../method/stance.js';
import { sectionTitle } from './mermaid.js';
import { oneLine } from '../../../text/terminal-text.js';
import { messages } from '../../../i18n/messages.js';

/*
 * Graphviz DOT (`cro map plan.yaml --format dot | dot -Tsvg > map.svg`): a cluster per
 * group and per role, nodes filled by stance with the symbol in the label, dashed
 * edges to backups, detractors with a heavy red border, and a legend cluster whose
 * samples are drawn by the same functions as the map, so they always look alike.
 */

/**
 * A DOT double-quoted string. Inside one, `"` must be `\"`, and a backslash starts an
 * escape (`\n`, `\l`, `\N` are label codes), so a literal one is `\\`. Graphviz also
 * decodes HTML entities in strings (`&amp;` shows as `&`), so every `&` is written
 * `&amp;`: "Harbor &amp; Vine" shows as written. Newlines and other control
 * characters in the text become spaces; line breaks we want are added as `\n` after
 * escaping.
 */
export function dotString(text: string): string {
  return `"${oneLine(text).replace(/&/g, '&amp;').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** What a person's box looks like depends on these alone; the legend draws samples from them. */
type PersonLook = Pick<MapPerson, 'stance' | 'leftOn' | 'detractor' | 'singleThreaded'>;

/** The drawing attributes of a person's box (all but the label). */
function personAttributes(person: PersonLook): string[] {
  if (person.leftOn) return ['style="rounded,filled,dashed"', `fillcolor="${LEFT.fill}"`, `color="${LEFT.stroke}"`, `fontcolor="${LEFT.text}"`];
  const look = stanceLook(person.stance);
  const attrs = [`fillcolor="${look.fill}"`, `color="${look.stroke}"`];
  if (person.detractor) attrs.push('penwidth=2.5');
  else if (person.singleThreaded.length > 0) attrs.push('penwidth=2');
  return attrs;
}

/** Someone who left counts for nothing: grey, whatever their stance was (the label keeps it). */
const LEFT = { fill: '#f5f5f5', stroke: '#999999', text: '#777777' };

/** A note in a role: a gap to act on (red) or a pointer to where a person is drawn (grey). */
function noteAttributes(gap: boolean): string {
  return `style="rounded,dashed", ${gap ? 'color="#b3261e", fontcolor="#b3261e"' : 'color="#bbbbbb", fontcolor="#555555"'}`;
}

/** The dashed edge to a backup; red when the backup has left. */
function backupEdgeAttributes(problem: 'left' | 'detractor' | null): string {
  const color = problem ? '#b3261e' : '#555555';
  const says = messages().map.legend;
  const label = problem ? says.edgeProblem({ problem: problem === 'left' ? says.edgeLeft : says.edgeDetractor }) : says.edge;
  return `style=dashed, label=${dotString(label)}, color="${color}", fontcolor="${color}"`;
}

const nodeId = (id: string) => dotString(`p_${id}`);

export function renderDot(map: StakeholderMap): string {
  const out: string[] = [];
  const says = messages().map;
  const add = (depth: number, text: string) => out.push(`${'  '.repeat(depth)}${text}`);
  const byId = new Map(map.people.map((p) => [p.id, p]));
  const home = homeSections(map);

  add(0, `digraph ${dotString(says.dot.graph({ account: map.account }))} {`);
  add(1, `graph [rankdir=LR, fontname="Helvetica", labelloc=t, fontsize=16, label=${dotString(says.dot.title({ account: map.account, asOf: map.asOf }))}];`);
  add(1, 'node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];');
  add(1, 'edge [fontname="Helvetica", fontsize=9];');
  for (const group of map.groups) {
    if (group.sections.length === 0) continue;
    add(1, `subgraph ${dotString(`cluster_${group.group}`)} {`);
    add(2, `label=${dotString(groupTitle(group.group))}; style="rounded"; color="#888888";`);
    group.sections.forEach((section, index) => {
      add(2, `subgraph ${dotString(`cluster_${group.group}_${index}`)} {`);
      const alarm = section.status === 'uncovered' || section.status === 'single-threaded';
      add(3, `label=${dotString(sectionTitle(section))}; style="rounded,dashed"; color=${alarm ? '"#b3261e"' : '"#bbbbbb"'};`);
      const drawnHere = section.people.filter((id) => home.get(id)?.section === section);
      for (const id of drawnHere) add(3, personNode(byId.get(id)!));
      const elsewhere = section.people.filter((id) => home.get(id)?.section !== section).map((id) => byId.get(id)!.name);
      if (drawnHere.length === 0 || elsewhere.length > 0) {
        const text = elsewhere.length > 0 ? says.also({ names: elsewhere.join(', ') }) : says.nobodyHolds({ role: section.role === null ? null : roleName(section.role) });
        add(3, `${dotString(`note_${group.group}_${index}`)} [label=${dotString(text)}, ${noteAttributes(elsewhere.length === 0)}];`);
      }
      add(2, '}');
    });
    add(1, '}');
  }
  for (const person of map.people) {
    if (!person.backup) continue;
    add(1, `${nodeId(person.id)} -> ${nodeId(person.backup.id)} [${backupEdgeAttributes(person.backup.leftOn !== null ? 'left' : person.backup.detractor ? 'detractor' : null)}];`);
  }
  add(1, `subgraph "cluster_legend" {`);
  add(2, `label=${dotString(says.legend.title)}; style="rounded"; color="#888888";`);
  const sample = (look: Partial<PersonLook>): PersonLook => ({ stance: 'supporter', leftOn: null, detractor: false, singleThreaded: [], ...look });
  const legendNode = (id: string, label: string, attrs: string[] | string) =>
    add(2, `${dotString(`legend_${id}`)} [label=${dotString(label)}, ${Array.isArray(attrs) ? attrs.join(', ') : attrs}];`);
  for (const stance of STANCE_ORDER) {
    const look = STANCE_LOOKS[stance];
    legendNode(stance, `${look.symbol} ${messages().common.stances[stance]}`, personAttributes(sample({ stance, detractor: stance === 'detractor' })));
  }
  legendNode('single_threaded', says.legend.singleThreaded, personAttributes(sample({ singleThreaded: ['budget-owner'] })));
  legendNode('left', says.legend.left, personAttributes(sample({ leftOn: '2000-01-01' })));
  legendNode('attention', says.legend.nobodyHolds, noteAttributes(true));
  legendNode('someone', says.legend.someone, personAttributes(sample({ stance: 'neutral' })));
  legendNode('takes_over', says.legend.takesOver, personAttributes(sample({ stance: 'neutral' })));
  legendNode('backup_left', says.legend.backupWhoLeft, personAttributes(sample({ leftOn: '2000-01-01' })));
  add(2, `"legend_someone" -> "legend_takes_over" [${backupEdgeAttributes(null)}];`);
  add(2, `"legend_someone" -> "legend_backup_left" [${backupEdgeAttributes('left')}];`);
  add(1, '}');
  add(0, '}');
  return `${out.join('\n')}\n`;
}

function personNode(person: MapPerson): string {
  const look = stanceLook(person.stance);
  const lines = [`${look.symbol} ${person.name}`];
  if (person.title) lines.push(person.title);
  lines.push(personSummary(person));
  if (person.roles.length > 1) lines.push(messages().map.roles({ roles: roleNames(person.roles) }));
  // Escape each line, then join with DOT's own line break (a `\n` we write, not the user).
  const label = `"${lines.map((l) => dotString(l).slice(1, -1)).join('\\n')}"`;
  return `${nodeId(person.id)} [${[`label=${label}`, ...personAttributes(person)].join(', ')}];`;
}
