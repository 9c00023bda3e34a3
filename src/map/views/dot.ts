import { homeSections, personSummary, type MapPerson, type StakeholderMap } from '../model.js';
import { STANCE_LOOKS, STANCE_ORDER, stanceLook } from '../stance.js';
import { sectionTitle } from './mermaid.js';

/*
 * Graphviz DOT (`cro map plan.yaml --format dot | dot -Tsvg > map.svg`): a cluster per
 * group and per role, nodes filled by stance with the symbol in the label, dashed
 * edges to backups, detractors with a heavy red border, and a legend cluster.
 */

/**
 * A DOT double-quoted string. Inside one, `"` must be `\"`, and a backslash starts an
 * escape (`\n`, `\l`, `\N` are label codes), so a literal one is `\\`. Newlines
 * and other control characters in the text become spaces; line breaks we want are
 * added as `\n` after escaping.
 */
export function dotString(text: string): string {
  return `"${text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

const nodeId = (id: string) => dotString(`p_${id}`);

export function renderDot(map: StakeholderMap): string {
  const out: string[] = [];
  const add = (depth: number, text: string) => out.push(`${'  '.repeat(depth)}${text}`);
  const byId = new Map(map.people.map((p) => [p.id, p]));
  const home = homeSections(map);

  add(0, `digraph ${dotString(`${map.account} stakeholders`)} {`);
  add(1, `graph [rankdir=LR, fontname="Helvetica", labelloc=t, fontsize=16, label=${dotString(`${map.account} — stakeholders as of ${map.asOf}`)}];`);
  add(1, 'node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];');
  add(1, 'edge [fontname="Helvetica", fontsize=9];');
  for (const group of map.groups) {
    if (group.sections.length === 0) continue;
    add(1, `subgraph ${dotString(`cluster_${group.group}`)} {`);
    add(2, `label=${dotString(group.title)}; style="rounded"; color="#888888";`);
    group.sections.forEach((section, index) => {
      add(2, `subgraph ${dotString(`cluster_${group.group}_${index}`)} {`);
      const alarm = section.status === 'uncovered' || section.status === 'single-threaded';
      add(3, `label=${dotString(sectionTitle(section))}; style="rounded,dashed"; color=${alarm ? '"#b3261e"' : '"#bbbbbb"'};`);
      const drawnHere = section.people.filter((id) => home.get(id)?.section === section);
      for (const id of drawnHere) add(3, personNode(byId.get(id)!));
      const elsewhere = section.people.filter((id) => home.get(id)?.section !== section).map((id) => byId.get(id)!.name);
      if (drawnHere.length === 0 || elsewhere.length > 0) {
        const text = elsewhere.length > 0 ? `also: ${elsewhere.join(', ')}` : `⚠ nobody holds ${section.role ?? 'a role'}`;
        const style = elsewhere.length > 0 ? 'color="#bbbbbb", fontcolor="#555555"' : 'color="#b3261e", fontcolor="#b3261e"';
        add(3, `${dotString(`note_${group.group}_${index}`)} [label=${dotString(text)}, style="rounded,dashed", ${style}];`);
      }
      add(2, '}');
    });
    add(1, '}');
  }
  for (const person of map.people) {
    if (!person.backup) continue;
    const label = person.backup.leftOn ? 'backup (left)' : 'backup';
    const color = person.backup.leftOn ? '#b3261e' : '#555555';
    add(1, `${nodeId(person.id)} -> ${nodeId(person.backup.id)} [style=dashed, label=${dotString(label)}, color="${color}", fontcolor="${color}"];`);
  }
  add(1, `subgraph "cluster_legend" {`);
  add(2, 'label="Legend"; style="rounded"; color="#888888";');
  for (const stance of STANCE_ORDER) {
    const look = STANCE_LOOKS[stance];
    add(2, `${dotString(`legend_${stance}`)} [label=${dotString(`${look.symbol} ${stance}`)}, fillcolor="${look.fill}", color="${look.stroke}"];`);
  }
  add(2, `"legend_attention" [label=${dotString('⚠ needs attention')}, style="rounded,dashed", color="#b3261e", fontcolor="#b3261e"];`);
  add(2, `"legend_left" [label=${dotString('left: counts for nothing')}, style="rounded,dashed,filled", fillcolor="#f5f5f5", color="#999999", fontcolor="#777777"];`);
  add(1, '}');
  add(0, '}');
  return `${out.join('\n')}\n`;
}

function personNode(person: MapPerson): string {
  const look = stanceLook(person.stance);
  const lines = [`${look.symbol} ${person.name}`];
  if (person.title) lines.push(person.title);
  lines.push(personSummary(person));
  if (person.roles.length > 1) lines.push(`roles: ${person.roles.join(', ')}`);
  // Escape each line, then join with DOT's own line break (a `\n` we write, not the user).
  const label = `"${lines.map((l) => dotString(l).slice(1, -1)).join('\\n')}"`;
  const attrs = [`label=${label}`, `fillcolor="${person.leftOn ? '#f5f5f5' : look.fill}"`, `color="${look.stroke}"`];
  if (person.leftOn) attrs.push('style="rounded,filled,dashed"', 'fontcolor="#777777"');
  if (person.detractor) attrs.push('penwidth=2.5');
  else if (person.singleThreaded.length > 0) attrs.push('penwidth=2');
  return `${nodeId(person.id)} [${attrs.join(', ')}];`;
}
