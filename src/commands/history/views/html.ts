import { currentLang, messages } from '../../../i18n/messages.js';
import { escapeHtml as h, htmlPageHead } from '../../../text/html.js';
import { formatCount } from '../../../text/numbers.js';
import { describeAccount } from '../../diff/views/describe.js';
import type { AccountTimeline } from '../timeline.js';
import { day, shortCommit, stateText, type HistoryDocument } from './model.js';

/*
 * `cro history --format html`: one self-contained page (no network, no script: inline CSS
 * and SVG, a Content-Security-Policy that loads nothing), per account a chart of the
 * critical roles covered and the findings after each commit, beside its timeline. On a
 * phone the chart goes above the timeline.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderHistoryHtml(doc: HistoryDocument, { version }: { version: string }): string {
  const t = messages().history;
  const commits = new Set(doc.timelines.flatMap((tl) => tl.steps.map((s) => s.commit))).size;
  const body = doc.timelines.length === 0 ? `<p>${h(t.noCommits)}</p>` : doc.timelines.map((timeline, i) => section(timeline, i)).join('\n');
  return `${htmlPageHead({ lang: currentLang(), csp: CSP, version, title: t.heading, style: STYLE })}<body>
<header>
<h1>${h(t.heading)}</h1>
<p class="sub">${h(t.accounts({ count: doc.timelines.length, commits }))}</p>
</header>
<main>
${body}
</main>
<footer>
<p>${h(t.generatedBy({ version }))}</p>
</footer>
</body>
</html>
`;
}

function section(timeline: AccountTimeline, index: number): string {
  const t = messages().history;
  const id = `account-${index + 1}`;
  const steps = timeline.steps
    .map((step) => {
      const sentences = step.diff ? describeAccount(step.diff, h) : [];
      const changes = sentences.length === 0 ? `<li class="neutral">${h(t.unchanged)}</li>` : sentences.map((s) => `<li class="${s.tone}">${s.text}</li>`).join('');
      return `<li class="step">
<p class="when"><time datetime="${h(day(step.date))}">${h(day(step.date))}</time> · <code>${h(shortCommit(step.commit))}</code> · ${h(t.by({ author: step.author }))}</p>
<p class="subject">${h(step.subject)}</p>${step.boundary ? `\n<p class="note">${h(t.start)}</p>` : ''}
<ul class="changes">${changes}</ul>
<p class="after">→ ${h(stateText(step.after))}</p>
</li>`;
    })
    .join('\n');
  return `<section class="account" aria-labelledby="${id}-name">
<h2 id="${id}-name">${h(timeline.account)}</h2>
<p class="file"><code>${h(timeline.file)}</code></p>
<div class="columns">
<figure class="chart">${chart(timeline, id)}</figure>
<ol class="timeline">
${steps}
</ol>
</div>
</section>`;
}

const W = 360;
const PAD = { left: 34, right: 10, top: 14, bottom: 26 };
const PANEL = 90;
const GAP = 34;

/** Two panels over the commits: critical roles covered (0 to N), and errors and warnings. */
function chart(timeline: AccountTimeline, id: string): string {
  const t = messages().history;
  const points = timeline.steps.map((s) => s.after);
  const n = points.length;
  const of = Math.max(1, ...points.map((p) => p?.of ?? 0));
  const most = Math.max(1, ...points.map((p) => (p ? Math.max(p.errors, p.warnings) : 0)));
  const x = (i: number) => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const top1 = PAD.top;
  const top2 = PAD.top + PANEL + GAP;
  const y1 = (v: number) => top1 + PANEL - (v / of) * PANEL;
  const y2 = (v: number) => top2 + PANEL - (v / most) * PANEL;
  const height = top2 + PANEL + PAD.bottom;
  const line = (value: (p: NonNullable<(typeof points)[number]>) => number, y: (v: number) => number, cls: string) => {
    const coords = points.flatMap((p, i) => (p ? [`${x(i).toFixed(1)},${y(value(p)).toFixed(1)}`] : []));
    const dots = points.map((p, i) => (p ? `<circle class="${cls}" cx="${x(i).toFixed(1)}" cy="${y(value(p)).toFixed(1)}" r="3"/>` : '')).join('');
    return `<polyline class="${cls}" points="${coords.join(' ')}"/>${dots}`;
  };
  const axis = (top: number, max: number, y: (v: number) => number) =>
    `<line class="axis" x1="${PAD.left}" y1="${top + PANEL}" x2="${W - PAD.right}" y2="${top + PANEL}"/>` +
    `<text class="tick" x="${PAD.left - 6}" y="${y(max) + 4}" text-anchor="end">${h(formatCount(max))}</text>` +
    `<text class="tick" x="${PAD.left - 6}" y="${top + PANEL + 4}" text-anchor="end">0</text>`;
  const title = t.chartTitle({ account: timeline.account });
  return `<svg class="history" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${id}-chart">
<title id="${id}-chart">${h(title)}</title>
<text class="label" x="${PAD.left}" y="${top1 - 3}">${h(t.chartRoles)}</text>
${axis(top1, of, y1)}
${line((p) => p.covered, y1, 'roles')}
<text class="label" x="${PAD.left}" y="${top2 - 3}"><tspan class="errors-text">${h(t.chartErrors)}</tspan> · <tspan class="warnings-text">${h(t.chartWarnings)}</tspan></text>
${axis(top2, most, y2)}
${line((p) => p.warnings, y2, 'warnings')}
${line((p) => p.errors, y2, 'errors')}
<text class="tick" x="${x(0)}" y="${height - 6}" text-anchor="middle">1</text>${n > 1 ? `<text class="tick" x="${x(n - 1)}" y="${height - 6}" text-anchor="middle">${h(formatCount(n))}</text>` : ''}
</svg>
<figcaption>${h(title)}</figcaption>`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --dim: #57606a; --line: #d0d7de; --good: #1a7f37; --bad: #b3261e; --warn: #8a6d00; --roles: #1f6aa5; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0; overflow-wrap: anywhere; }
.sub, .file, .when, .after, figcaption, footer { color: var(--dim); }
.file { margin: 0 0 .75rem; overflow-wrap: anywhere; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.account { border-top: 1px solid var(--line); padding: 1rem 0; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
@media (min-width: 48rem) { .columns { grid-template-columns: minmax(0, 24rem) minmax(0, 1fr); align-items: start; } .chart { position: sticky; top: 1rem; } }
figure { margin: 0; }
svg.history { width: 100%; height: auto; display: block; }
figcaption { font-size: .85rem; }
.axis { stroke: var(--line); stroke-width: 1; }
.tick, .label { font-size: 11px; fill: var(--dim); }
polyline { fill: none; stroke-width: 2; }
polyline.roles { stroke: var(--roles); } circle.roles { fill: var(--roles); }
polyline.errors { stroke: var(--bad); } circle.errors { fill: var(--bad); }
polyline.warnings { stroke: var(--warn); stroke-dasharray: 4 3; } circle.warnings { fill: var(--warn); }
.errors-text { fill: var(--bad); } .warnings-text { fill: var(--warn); }
.timeline { list-style: none; margin: 0; padding: 0; }
.step { border-left: 3px solid var(--line); padding: 0 0 .75rem .75rem; }
.step p { margin: 0; overflow-wrap: anywhere; }
.subject { font-weight: 600; }
.note { font-style: italic; color: var(--dim); }
.changes { margin: .25rem 0; padding-left: 1.25rem; overflow-wrap: anywhere; }
.changes .good { color: var(--good); } .changes .bad { color: var(--bad); }
`;
