import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStakeholderMap } from '../../src/method/stakeholder-map.js';
import { renderDot } from '../../src/commands/map/views/dot.js';
import { CRITICAL_ROLES } from '../../src/plan/vocabulary.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { AS_OF, planOf } from './fixtures.js';

/*
 * The DOT map as Graphviz draws it (the real `dot`): text shows exactly as written,
 * and the legend's samples are drawn like the people and edges they explain.
 */

const DOT = '/usr/bin/dot';

function graphviz(format: string, input: string): string {
  const result = spawnSync(DOT, [`-T${format}`], { input, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The text of every <text> in Graphviz's SVG, XML entities decoded. */
function svgTexts(svg: string): string[] {
  const decode = (s: string) =>
    s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));
}

interface DrawnNode {
  name: string;
  style?: string;
  color?: string;
  fillcolor?: string;
  penwidth?: string;
  fontcolor?: string;
}
interface Drawn {
  objects: DrawnNode[];
  edges?: { tail: number; head: number; style?: string; color?: string; label?: string }[];
}

const looks = (n: DrawnNode) => ({ style: n.style, color: n.color, fillcolor: n.fillcolor, penwidth: n.penwidth, fontcolor: n.fontcolor });

describe.skipIf(!existsSync(DOT))('cro map --format dot through Graphviz (skipped: /usr/bin/dot is not installed; Debian: graphviz)', () => {
  it('shows `&`, entity-like text and backslashes exactly as the plan writes them', () => {
    const map = buildStakeholderMap(
      planOf(String.raw`cro: 1
account: { name: "Harbor &amp; Vine & Co" }
stakeholders:
  - { id: a, name: 'Ann &copy; &#38; &lt;b&gt; \N', title: 'R&D & Ops', group: renew, stance: advocate }
`),
      CRITICAL_ROLES,
      AS_OF,
    );
    const texts = svgTexts(graphviz('svg', renderDot(map)));
    expect(texts).toContain(`Harbor &amp; Vine & Co — stakeholders as of ${AS_OF}`);
    expect(texts).toContain('++ Ann &copy; &#38; &lt;b&gt; \\N');
    expect(texts).toContain('R&D & Ops');
  });

  describe('the legend draws what the map draws', () => {
    const source = runCli(['map', 'plans/harbor-and-vine-grocers.yaml', '--format', 'dot', '--as-of', AS_OF], { cwd: join(ROOT, 'examples') });
    const drawn = JSON.parse(graphviz('json', source.stdout)) as Drawn;
    const node = (name: string) => drawn.objects.find((o) => o.name === name)!;
    const edges = (drawn.edges ?? []).map((e) => ({ from: drawn.objects[e.tail]!.name, style: e.style, color: e.color, label: e.label }));

    it.each([
      ['p_scott', 'legend_detractor', 'a detractor: heavy red border'],
      ['p_nadia', 'legend_detractor', 'a detractor'],
      ['p_rachel', 'legend_left', 'someone who left: grey and dashed'],
      ['p_victor', 'legend_single_threaded', 'a critical role resting on them alone: heavier border'],
      ['p_tamika', 'legend_advocate', 'an advocate'],
      ['p_luis', 'legend_supporter', 'a supporter'],
      ['p_ben', 'legend_neutral', 'a neutral'],
    ])('%s is drawn like %s (%s)', (person, sample) => {
      expect(node(person), person).toBeDefined();
      expect(looks(node(sample))).toEqual(looks(node(person)));
    });

    it('shows the dashed backup edge, and the red one to a backup who left, as the map draws them', () => {
      const legendEdges = edges.filter((e) => e.from.startsWith('legend_'));
      const mapEdges = edges.filter((e) => e.from.startsWith('p_'));
      expect(mapEdges.map((e) => e.label).sort()).toEqual(['backup', 'backup (left)']);
      for (const edge of mapEdges) {
        expect(legendEdges.map(({ style, color, label }) => ({ style, color, label }))).toContainEqual({ style: edge.style, color: edge.color, label: edge.label });
      }
      expect(legendEdges.every((e) => e.style === 'dashed')).toBe(true);
    });
  });
});
