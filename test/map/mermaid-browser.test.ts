import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStakeholderMap } from '../../src/method/stakeholder-map.js';
import { CRITICAL_ROLES } from '../../src/plan/vocabulary.js';
import { HAS_CHROMIUM, chromium, pageResult } from '../helpers/chromium.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { AS_OF, TRICKY_PLAN, planOf } from './fixtures.js';

/*
 * The Mermaid maps as GitHub shows them: rendered by the real Mermaid (11, the major
 * GitHub runs, and 12) in headless Chromium, from the bundle in node_modules over
 * file://. GitHub shows a diagram at its own width up to its ~880 px column and
 * shrinks a wider one, text and all, so a map wider than that is unreadable: every
 * map must lay out at most MAX_WIDTH px wide, and render without an error.
 */

const MAX_WIDTH = 900;
const EXAMPLES = join(ROOT, 'examples');
const PLANS = readdirSync(join(EXAMPLES, 'plans')).filter((f) => f.endsWith('.yaml')).sort();
const MERMAIDS = [
  { major: 11, bundle: join(ROOT, 'node_modules/mermaid11/dist/mermaid.min.js') },
  { major: 12, bundle: join(ROOT, 'node_modules/mermaid12/dist/mermaid.min.js') },
];

/** A big account: five people in one role, long names and titles, backups across roles and groups. */
const CROWDED_PLAN = `cro: 1
account: { name: Crowded Account }
stakeholders:
${Array.from({ length: 5 }, (_, i) => `  - { id: u${i}, name: "Maximiliane Rosenbaum-Castellanos ${i}", title: "Senior Director of Warehouse Automation and Robotics, EMEA", group: renew, roles: [end-user${i === 0 ? ', administrator, procurement' : ''}], stance: ${['advocate', 'supporter', 'neutral', 'detractor', 'unknown'][i]}, backup: ${i === 4 ? 'b0' : `u${i + 1}`} }`).join('\n')}
  - { id: b0, name: Bea, group: renew, roles: [budget-owner, executive-sponsor], stance: supporter, backup: u0 }
${Array.from({ length: 4 }, (_, i) => `  - { id: n${i}, name: "New Buyer ${i}", title: Plant Director, group: new-buy, stance: neutral, backup: u${i} }`).join('\n')}
`;

interface Diagram {
  name: string;
  source: string;
  /** Names the rendered map must show. */
  people: string[];
}

interface Rendered {
  width?: number;
  height?: number;
  text?: string;
  error?: string;
}

/** The page: renders each diagram in turn and stores the sizes (or the error) on <html>. */
function page(bundle: string, diagrams: readonly Diagram[]): string {
  const sources = JSON.stringify(diagrams.map((d) => d.source)).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>maps</title></head><body>
<script src="${pathToFileURL(bundle).href}"></script>
<script>
mermaid.initialize({ startOnLoad: false });
(async function () {
  var sources = ${sources};
  var results = [];
  for (var i = 0; i < sources.length; i++) {
    try {
      var out = await mermaid.render('map' + i, sources[i]);
      var holder = document.createElement('div');
      holder.innerHTML = out.svg;
      document.body.appendChild(holder);
      var svg = holder.querySelector('svg');
      var box = svg.viewBox.baseVal;
      results.push({ width: box.width, height: box.height, bboxWidth: svg.getBBox().width, text: svg.textContent });
    } catch (e) {
      results.push({ error: String((e && e.message) || e) });
    }
  }
  document.documentElement.setAttribute('data-maps', JSON.stringify(results));
})();
</script></body></html>`;
}

function diagrams(): Diagram[] {
  const list: Diagram[] = [];
  const namesOf = (text: string) => buildStakeholderMap(planOf(text), CRITICAL_ROLES, AS_OF).people.map((p) => p.name.replace(/\s+/g, ' '));
  for (const plan of PLANS) {
    const map = runCli(['map', `plans/${plan}`, '--format', 'mermaid', '--as-of', AS_OF], { cwd: EXAMPLES });
    expect(map.code, map.stderr).toBe(0);
    list.push({ name: `cro map ${plan}`, source: map.stdout, people: namesOf(readFileSync(join(EXAMPLES, 'plans', plan), 'utf8')) });
    // In Turkish too: other words, often longer ones, in the same boxes (SPEC §11).
    const turkish = runCli(['map', `plans/${plan}`, '--format', 'mermaid', '--as-of', AS_OF, '--lang', 'tr'], { cwd: EXAMPLES });
    expect(turkish.code, turkish.stderr).toBe(0);
    list.push({ name: `cro map ${plan} --lang tr`, source: turkish.stdout, people: namesOf(readFileSync(join(EXAMPLES, 'plans', plan), 'utf8')) });
  }
  const report = runCli(['report', '--format', 'markdown', '--as-of', AS_OF], { cwd: EXAMPLES });
  const blocks = [...report.stdout.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  expect(blocks).toHaveLength(PLANS.length);
  blocks.forEach((source, i) => list.push({ name: `cro report --format markdown, map ${i + 1}`, source, people: [] }));
  for (const [name, text] of [['crowded', CROWDED_PLAN], ['tricky', TRICKY_PLAN]] as const) {
    const dir = tempTree({ 'plan.yaml': text });
    const map = runCli(['map', 'plan.yaml', '--format', 'mermaid', '--as-of', AS_OF], { cwd: dir });
    expect(map.code, map.stderr).toBe(0);
    list.push({ name: `cro map (${name} plan)`, source: map.stdout, people: namesOf(text) });
  }
  return list;
}

describe.skipIf(!HAS_CHROMIUM)('Mermaid maps rendered by the real Mermaid in headless Chromium (skipped: /usr/bin/chromium is not installed)', () => {
  let work: string;
  let maps: Diagram[];
  const rendered = new Map<number, Rendered[] | null>();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cro-mermaid-'));
    maps = diagrams();
    await Promise.all(
      MERMAIDS.map(async ({ major, bundle }) => {
        const file = join(work, `mermaid${major}.html`);
        writeFileSync(file, page(bundle, maps));
        // Virtual time lets the asynchronous renders finish before the DOM is dumped.
        const run = await chromium(['--virtual-time-budget=30000', '--dump-dom', pathToFileURL(file).href], work);
        rendered.set(major, pageResult<Rendered[]>(run.stdout, 'maps'));
      }),
    );
  }, 90_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  describe.each(MERMAIDS.map((m) => m.major))('Mermaid %i', (major) => {
    it('renders every map without an error', () => {
      const results = rendered.get(major);
      expect(results, 'the page stored no results: the bundle did not load or the renders did not finish').toBeTruthy();
      expect(results).toHaveLength(maps.length);
      results!.forEach((r, i) => expect(r.error, maps[i]!.name).toBeUndefined());
    });

    it(`lays out every map at most ${MAX_WIDTH} px wide, so it shows unscaled in GitHub's column`, () => {
      const widths = maps.map((m, i) => ({ map: m.name, width: Math.round(rendered.get(major)![i]!.width ?? Infinity) }));
      expect(widths.filter((w) => w.width > MAX_WIDTH)).toEqual([]);
      for (const w of widths) expect(w.width).toBeGreaterThan(200);
    });

    it('shows every person, and who backs them up', () => {
      maps.forEach((m, i) => {
        const text = rendered.get(major)![i]!.text!.replace(/\s+/g, ' ');
        for (const name of m.people) expect(text, `${m.name}: ${name}`).toContain(name);
      });
      const harbor = rendered.get(major)![maps.findIndex((m) => m.name === 'cro map harbor-and-vine-grocers.yaml')]!.text!.replace(/\s+/g, ' ');
      expect(harbor).toContain('↳ backup: Luis Ortega');
      expect(harbor).toContain('-- Nadia Rahman');
      expect(harbor).toContain('Legend');
    });
  });
});
