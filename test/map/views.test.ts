import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildStakeholderMap } from '../../src/method/stakeholder-map.js';
import { dotString, renderDot } from '../../src/commands/map/views/dot.js';
import { escapeMermaid, renderMermaid } from '../../src/commands/map/views/mermaid.js';
import { renderTree } from '../../src/commands/map/views/tree.js';
import { CRITICAL_ROLES } from '../../src/plan/vocabulary.js';
import { AS_OF, TRICKY_PLAN, planOf } from './fixtures.js';

const map = buildStakeholderMap(planOf(TRICKY_PLAN), CRITICAL_ROLES, AS_OF);
const plain = new Chalk({ level: 0 });

describe('tree', () => {
  const text = renderTree(map, { chalk: plain });

  it('names every stance in a legend and marks each person with a symbol and a word', () => {
    expect(text).toContain('Stance: ++ advocate   + supporter   = neutral   -- detractor   ? unknown');
    expect(text).toContain('++ Ayşe "Ops" Yılmaz (CFO), CFO & <b>Finance</b> #35; · advocate · referrer · ⚠ single-threaded: budget-owner, executive-sponsor');
    expect(text).toContain('--  end · detractor · ⚠ no win plan'.replace('--  ', '-- '));
  });

  it('links backups, and says when the backup has left', () => {
    expect(text).toContain('↳ backup: Tom [Backup] {x} | --> (left 2026-06-30) ⚠ name a current backup');
  });

  it('groups by Group 1 and Group 2 and by role, marking gaps in words', () => {
    expect(text.indexOf('Group 1 — renew and buy more')).toBeLessThan(text.indexOf('Group 2 — new buy'));
    expect(text).toContain('├─ administrator  ⚠ uncovered\n│  └─ nobody holds this role');
    expect(text).toContain('└─ executive-sponsor  ⚠ single-threaded\n   └─ ++ Ayşe "Ops" Yılmaz (CFO) (see above)');
    expect(text).toContain('+  Tom [Backup] {x} | --> · supporter · left 2026-06-30');
  });

  it('keeps a newline inside a name from breaking the tree', () => {
    for (const line of text.split('\n').slice(4)) {
      if (line === '') continue;
      expect(line).toMatch(/^([│├└ ]|Group|[⚠✔])/);
    }
  });

  it('never passes a terminal escape sequence from a plan through', () => {
    const sneaky = buildStakeholderMap(
      planOf('cro: 1\naccount: { name: "Acme\\e[2J" }\nstakeholders:\n  - { id: a, name: "Eve\\e]0;pwned\\a", group: renew }\n'),
      CRITICAL_ROLES,
      AS_OF,
    );
    const out = renderTree(sneaky, { chalk: new Chalk({ level: 1 }) });
    expect(out).toContain('Acme [2J');
    expect(out).toContain('Eve ]0;pwned ');
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('is plain text without colour, and coloured with it', () => {
    expect(text).not.toMatch(/\u001b\[/);
    expect(renderTree(map, { chalk: new Chalk({ level: 3 }) })).toMatch(/\u001b\[38;2;/);
  });
});

describe('mermaid', () => {
  const text = renderMermaid(map);

  it('escapes quotes, entities, HTML and backticks in labels', () => {
    expect(escapeMermaid('Ayşe "Ops" Yılmaz (CFO)')).toBe('Ayşe #34;Ops#34; Yılmaz (CFO)');
    expect(escapeMermaid('R&D <script> #1 `x`')).toBe('R#38;D #60;script#62; #35;1 #96;x#96;');
    expect(escapeMermaid('two\nlines')).toBe('two lines');
    expect(text).toContain('p_ayse["++ Ayşe #34;Ops#34; Yılmaz (CFO)<br/>CFO #38; #60;b#62;Finance#60;/b#62; #35;35;<br/>');
    expect(text).not.toMatch(/<(?!br\/>)/);
    expect(text).not.toContain('`');
  });

  it('writes every label as one well-formed quoted string', () => {
    for (const line of text.split('\n')) {
      const labels = line.match(/\["/g)?.length ?? 0;
      if (labels === 0) continue;
      expect(line).toMatch(/^\s*(subgraph )?[a-z_]+\["[^"]*"\](:::[a-z]+)?$/);
    }
  });

  it('names backups inside the box (an edge between roles would make Mermaid spread the chart wide) and prefixes ids so a stakeholder called `end` is not a keyword', () => {
    expect(text).toContain('↳ backup: Tom [Backup] {x} | --#62; (left 2026-06-30) ⚠ name a current backup"]:::advocate');
    expect(text).toContain('p_end["-- end<br/>detractor · ⚠ no win plan"]:::detractor');
    expect(text).toMatch(/^flowchart TB\n/);
    // No edge that Mermaid would draw: only invisible layout links.
    expect(text).not.toMatch(/-->|-\.->|==>|---(?!>)/m);
  });

  it('stacks groups, roles and legend top to bottom, at most two boxes side by side', () => {
    expect(text).toContain('  group_renew ~~~ group_new_buy ~~~ legend\n');
    expect(text).toContain('    role_renew_end_user ~~~ role_renew_administrator ~~~ role_renew_procurement ~~~ role_renew_budget_owner ~~~ role_renew_executive_sponsor\n');
    expect(text).toContain('    legend_advocate ~~~ legend_neutral ~~~ legend_unknown ~~~ legend_backup\n');
    expect(text).toContain('    legend_supporter ~~~ legend_detractor ~~~ legend_attention ~~~ legend_left\n');
    for (const line of text.split('\n')) expect(line).not.toMatch(/direction (LR|RL)/);
  });

  it('gives each stance a class and a legend entry, and marks people who left', () => {
    for (const stance of ['advocate', 'supporter', 'neutral', 'detractor', 'unknown']) {
      expect(text).toContain(`classDef ${stance} `);
      expect(text).toMatch(new RegExp(`legend_${stance}\\["[^"]*${stance}"\\]:::${stance}`));
    }
    expect(text).toContain('class p_tom left');
    expect(renderMermaid(map, { legend: false })).not.toContain('legend');
  });
});

describe('dot', () => {
  const text = renderDot(map);

  it('escapes quotes and backslashes and flattens newlines', () => {
    expect(dotString('Ayşe "Ops" \\N')).toBe('"Ayşe \\"Ops\\" \\\\N"');
    expect(dotString('a\nb')).toBe('"a b"');
    expect(text).toContain('"p_ayse" [label="++ Ayşe \\"Ops\\" Yılmaz (CFO)\\nCFO &amp; <b>Finance</b> #35;\\n');
    expect(text).toContain('"p_lena" [label="= Lena New <img src=x onerror=alert(1)>\\nneutral"');
  });

  it('draws backups as dashed edges, detractors heavy, people who left dashed', () => {
    expect(text).toContain('"p_ayse" -> "p_tom" [style=dashed, label="backup (left)"');
    expect(text).toMatch(/"p_end" \[[^\n]*penwidth=2\.5/);
    expect(text).toMatch(/"p_tom" \[[^\n]*style="rounded,filled,dashed"/);
    expect(text).toContain('"cluster_legend"');
  });

  it.skipIf(!existsSync('/usr/bin/dot'))('is valid DOT for Graphviz (skipped without /usr/bin/dot)', () => {
    const result = spawnSync('/usr/bin/dot', ['-Tsvg'], { input: text, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Ayşe &quot;Ops&quot; Yılmaz (CFO)');
    expect(result.stdout).toContain('\\N Corp');
  });
});
