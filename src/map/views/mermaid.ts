import { ROLE_NONE_LABEL, homeSections, personSummary, type MapPerson, type MapRoleSection, type StakeholderMap } from '../model.js';
import { STANCE_LOOKS, STANCE_ORDER, stanceLook } from '../stance.js';

/*
 * A Mermaid flowchart (GitHub, GitLab and most wikis render it): a subgraph per group,
 * one per role inside it, a node per person, dashed edges to backups, a class per
 * stance and a legend subgraph. A person with two roles is drawn once, in the first.
 */

/**
 * Text for inside a quoted Mermaid label. Mermaid decodes `#name;`/`#123;` entity
 * codes in labels and renders labels as HTML, so `"` (ends the label), `#` (starts an
 * entity), `<`, `>` and `&` (HTML), and the backtick (ends a Markdown code fence, and
 * starts a Mermaid markdown string) are all written as numeric entity codes.
 * Newlines and other control characters become spaces.
 */
export function escapeMermaid(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/["#&<>`]/g, (c) => `#${c.codePointAt(0)};`);
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
  const add = (depth: number, text: string) => lines.push(`${indent}${'  '.repeat(depth)}${text}`);
  const byId = new Map(map.people.map((p) => [p.id, p]));
  const home = homeSections(map);

  add(0, 'flowchart LR');
  for (const group of map.groups) {
    if (group.sections.length === 0) continue;
    const groupId = mermaidId('group', group.group);
    add(1, `subgraph ${groupId}["${escapeMermaid(group.title)}"]`);
    add(2, 'direction TB');
    for (const section of group.sections) {
      const sectionId = mermaidId(`role_${group.group.replace(/-/g, '_')}`, section.role ?? 'none');
      add(2, `subgraph ${sectionId}["${escapeMermaid(sectionTitle(section))}"]`);
      const drawnHere = section.people.filter((id) => home.get(id)?.section === section);
      for (const id of drawnHere) add(3, personNode(byId.get(id)!));
      // Someone is listed here but drawn in an earlier role: say so rather than leave the role looking empty.
      const elsewhere = section.people.filter((id) => home.get(id)?.section !== section).map((id) => byId.get(id)!.name);
      if (drawnHere.length === 0) {
        const text = elsewhere.length > 0 ? `also: ${elsewhere.join(', ')}` : `⚠ nobody holds ${section.role ?? 'a role'}`;
        add(3, `${sectionId}_note["${escapeMermaid(text)}"]:::${elsewhere.length > 0 ? 'note' : 'gap'}`);
      } else if (elsewhere.length > 0) {
        add(3, `${sectionId}_note["${escapeMermaid(`also: ${elsewhere.join(', ')}`)}"]:::note`);
      }
      add(2, 'end');
    }
    add(1, 'end');
  }

  for (const person of map.people) {
    if (!person.backup) continue;
    const label = person.backup.leftOn ? 'backup who left' : 'backup';
    add(1, `${mermaidId('p', person.id)} -.->|${label}| ${mermaidId('p', person.backup.id)}`);
  }

  if (legend) {
    add(1, 'subgraph legend["Legend"]');
    add(2, 'direction LR');
    const keys: string[] = [];
    for (const stance of STANCE_ORDER) {
      const look = STANCE_LOOKS[stance];
      add(2, `legend_${stance}["${escapeMermaid(`${look.symbol} ${stance}`)}"]:::${stance}`);
      keys.push(`legend_${stance}`);
    }
    add(2, `legend_attention["${escapeMermaid('⚠ needs attention')}"]:::gap`);
    add(2, `legend_left["${escapeMermaid('left: counts for nothing')}"]:::left`);
    // Invisible links keep the legend on one row instead of a column.
    add(2, [...keys, 'legend_attention', 'legend_left'].join(' ~~~ '));
    add(1, 'end');
  }

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

export function sectionTitle(section: MapRoleSection): string {
  const name = section.role ?? ROLE_NONE_LABEL;
  if (section.status === 'uncovered') return `${name} · ⚠ uncovered`;
  if (section.status === 'single-threaded') return `${name} · ⚠ single-threaded`;
  if (section.status === 'covered') return `${name} · covered`;
  return name;
}

function personNode(person: MapPerson): string {
  const look = stanceLook(person.stance);
  const parts = [`${look.symbol} ${person.name}`];
  if (person.title) parts.push(person.title);
  parts.push(personSummary(person));
  if (person.roles.length > 1) parts.push(`roles: ${person.roles.join(', ')}`);
  return `${mermaidId('p', person.id)}["${parts.map(escapeMermaid).join('<br/>')}"]:::${person.stance}`;
}
