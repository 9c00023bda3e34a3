import { createHash } from 'node:crypto';
import { backupProblem, groupTitle, roleName, personMarks, stanceText, type MapPerson, type StakeholderMap } from '../../../method/stakeholder-map.js';
import { STANCE_LOOKS, STANCE_ORDER, stanceLook } from '../../../method/stance.js';
import { RENEWAL_WINDOW_DAYS } from '../../../method/attention.js';
import type { AccountReport, GroupTotals, PortfolioReport } from '../../../method/account-report.js';
import {
  accountLabel, breakEvenIsLate, breakEvenText, coverageFraction, coveragePercent, formatMoney, formatMonths, formatPercent,
  columns, mrrText, renewalIsNear, renewalText, roiText, rolesText, segmentLabel,
} from './cells.js';
import { currentLang, messages } from '../../../i18n/messages.js';
import { escapeHtml as h, htmlPageHead } from '../../../text/html.js';
import { CHART_WIDTH, renderPaybackChart } from './payback-chart.js';

/*
 * `cro report --format html`: one self-contained page a CRO opens in a browser, mails
 * to the board or prints. No network at all: inline CSS, SVG drawn here, system fonts,
 * and a Content-Security-Policy that forbids loading anything and runs only the one
 * inline script whose hash it names. That script is not needed to read the page; it
 * only records that the charts rendered (for the headless-browser test). Every text
 * from a plan is escaped, and the policy would stop an injected script even if not.
 */

export interface HtmlOptions {
  version: string;
}

/** Marks the page as rendered, with what a test can check without a screenshot. */
const RENDER_CHECK = `(function () {
  var charts = document.querySelectorAll('svg.payback');
  var drawn = 0;
  for (var i = 0; i < charts.length; i++) { var box = charts[i].getBBox(); if (box.width > 0 && box.height > 0) drawn++; }
  var root = document.documentElement;
  root.setAttribute('data-rendered', 'charts:' + drawn + '/' + charts.length + ' scripts:' + document.scripts.length + ' maps:' + document.querySelectorAll('.map').length);
})();`;

export function renderReportHtml(report: PortfolioReport, { version }: HtmlOptions): string {
  const scriptHash = createHash('sha256').update(RENDER_CHECK).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'`;
  const text = messages().report;
  const words = text.html;
  const title = text.title({ asOf: report.asOf });
  const body = report.accounts.length === 0 ? emptyBody() : fullBody(report);
  const code = (name: string) => `<code>${h(name)}</code>`;
  return `${htmlPageHead({ lang: currentLang(), csp, version, title, style: STYLE })}<body>
<header class="page-head">
<h1>${h(words.heading)}</h1>
<p class="sub">${words.asOf({ date: `<strong>${h(report.asOf)}</strong>` })} · ${headline(report)}</p>
</header>
<main>
${body}
</main>
<footer>
<p>${words.footerCoverage({ roles: h(rolesText(report.criticalRoles)), code })}
${h(words.footerEconomics)}</p>
<p>${h(words.generatedBy({ version }))}</p>
</footer>
<script>${RENDER_CHECK}</script>
</body>
</html>
`;
}

function headline(report: PortfolioReport): string {
  const t = report.totals;
  const text = messages().report;
  const currencies = t.currencies.map((c) => c.currency);
  return [
    h(text.accounts({ count: t.accounts })),
    currencies.length > 0 ? `${h(currencies.join(', '))}${currencies.length > 1 ? ` ${h(text.html.neverAddedTogether)}` : ''}` : null,
    h(text.html.coverageHeadline({ coverage: `${coverageFraction(t.coverage)} (${coveragePercent(t.coverage.fraction)})` })),
    h(text.html.problems({ errors: t.errors, warnings: t.warnings })),
  ]
    .filter(Boolean)
    .join(' · ');
}

function emptyBody(): string {
  // A paragraph, not a section: a section without a heading draws a Nu HTML Checker warning.
  return `<p>${messages().report.noPlans}</p>`;
}

function fullBody(report: PortfolioReport): string {
  return [kpis(report), attention(report), accountsTable(report), totalsTable(report), suppressions(report), charts(report), maps(report)].filter(Boolean).join('\n');
}

/** Each plan's findings accepted with `# cro-ignore` (SPEC §12); nothing when there are none. */
function suppressions(report: PortfolioReport): string {
  const accepted = report.accounts.filter((a) => a.suppressions);
  if (accepted.length === 0) return '';
  const words = messages().adopt.report;
  const rows = accepted.flatMap((a) =>
    a.suppressions!.map((s) => `<tr><td>${h(accountLabel(a))}</td><td><code>${h(`${a.file}:${s.line}`)}</code></td><td><code>${h(s.rule)}</code></td><td>${h(s.reason)}</td><td>${h(s.until ?? words.noExpiry)}</td></tr>`),
  );
  const head = [messages().report.html.accountHead.account, words.where, words.rule, words.reason, words.expires].map((cell) => `<th scope="col">${h(cell)}</th>`).join('');
  return `<section><h2>${h(words.heading)}</h2>
${scrollBox(words.heading, `<table class="suppressions">
<thead><tr>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`)}
</section>`;
}

function kpis(report: PortfolioReport): string {
  const text = messages().report;
  const words = text.html;
  const cards = report.totals.currencies
    .filter((c) => c.withEconomics > 0)
    .map(
      (c) => `<div class="kpi">
<div class="kpi-title">${h(words.kpiAccounts({ currency: c.currency, count: c.accounts }))}</div>
<div class="kpi-value">${h(formatMoney(c.monthlyRevenue, c.currency))}<span> ${h(words.mrr)}</span></div>
<dl>
<dt>${h(words.outlay)}</dt><dd>${h(formatMoney(c.outlay, c.currency))}</dd>
<dt>${h(words.netOverTerm)}</dt><dd class="${c.net < 0 ? 'bad' : 'good'}">${h(formatMoney(c.net, c.currency))}</dd>
<dt>${h(words.roiPooled)}</dt><dd class="${(c.roi ?? 0) < 0 ? 'bad' : 'good'}">${h(formatPercent(c.roi, 1))}</dd>
<dt>${h(words.averageBreakEven)}</dt><dd>${h(c.averageBreakEvenMonths === null ? text.never : text.months({ months: formatMonths(c.averageBreakEvenMonths) }))}</dd>
</dl>
</div>`,
    );
  const t = report.totals;
  cards.push(`<div class="kpi">
<div class="kpi-title">${h(words.criticalRoles)}</div>
<div class="kpi-value">${h(coveragePercent(t.coverage.fraction))}<span> ${h(words.covered)}</span></div>
<dl>
<dt>${h(words.coveredLabel)}</dt><dd>${h(coverageFraction(t.coverage))}</dd>
<dt>${h(words.detractorsWithoutPlan)}</dt><dd class="${t.detractorsWithoutPlan > 0 ? 'bad' : 'good'}">${t.detractorsWithoutPlan}</dd>
<dt>${h(words.needAttention)}</dt><dd class="${report.attention.length > 0 ? 'bad' : 'good'}">${h(words.attentionOf({ count: report.attention.length, total: t.accounts }))}</dd>
<dt>${h(words.errorsWarnings)}</dt><dd>${t.errors} · ${t.warnings}</dd>
</dl>
</div>`);
  return `<section class="kpis" aria-label="${h(words.totalsLabel)}">${cards.join('\n')}</section>`;
}

function attention(report: PortfolioReport): string {
  const text = messages().report;
  const heading = `<h2>${h(text.attentionHeading)}</h2>`;
  if (report.attention.length === 0) return `<section>${heading}<p class="good">✔ ${h(text.nothingToDo)}</p></section>`;
  const items = report.attention.map((a) => {
    const urgent = !a.valid || (a.daysToRenewal !== null && a.daysToRenewal <= RENEWAL_WINDOW_DAYS) || a.attention.score >= 60;
    return `<li class="${urgent ? 'urgent' : 'watch'}"><strong>${h(accountLabel(a))}</strong> <span class="why">${h(a.attention.summary)}</span></li>`;
  });
  return `<section>${heading}<ol class="attention">${items.join('')}</ol></section>`;
}

function coverageCell(a: AccountReport): string {
  const c = a.coverage!;
  const roles = messages().common.roles;
  const text = messages().report;
  const cells = c.roles
    .map((r) => `<span class="cell ${r.status}" title="${h(`${roles[r.role]}: ${text.status[r.status]}${r.coveredBy.length ? ` (${r.coveredBy.join(', ')})` : ''}`)}"></span>`)
    .join('');
  return `<span class="bar" role="img" aria-label="${h(text.html.rolesCovered({ covered: c.covered, total: c.total }))}">${cells}</span> ${h(coverageFraction(c))}`;
}

function accountsTable(report: PortfolioReport): string {
  const text = messages().report;
  const words = text.html;
  const rows: string[] = [];
  for (const segment of report.segments) {
    rows.push(`<tr class="segment"><th colspan="9" scope="rowgroup">${h(segmentLabel(segment.segment))}</th></tr>`);
    for (const a of report.accounts.filter((x) => x.valid && x.segment === segment.segment)) {
      const withoutPlan = a.detractors?.withoutPlan ?? [];
      const late = breakEvenIsLate(a);
      rows.push(`<tr>
<th scope="row"><a href="#${anchor(a)}">${h(accountLabel(a))}</a>${a.owner ? `<div class="muted">${h(a.owner)}</div>` : ''}</th>
<td>${coverageCell(a)}</td>
<td class="num${a.errors > 0 ? ' bad' : ''}">${a.errors}</td>
<td class="num${a.warnings > 0 ? ' warn' : ''}">${a.warnings}</td>
<td class="num${withoutPlan.length > 0 ? ' bad' : ''}" title="${h(withoutPlan.join(', '))}">${withoutPlan.length > 0 ? `⚠ ${withoutPlan.length}` : '0'}</td>
<td class="num">${h(mrrText(a))}</td>
<td class="${late ? 'bad' : ''}">${h(breakEvenText(a))}${late && !a.economics?.never ? ` <span class="flag">⚠ ${h(text.afterRenewal)}</span>` : ''}</td>
<td class="num${(a.economics?.roi ?? 0) < 0 ? ' bad' : ''}">${h(roiText(a))}</td>
<td class="${renewalIsNear(a) ? 'warn' : ''}">${h(renewalText(a))}${renewalIsNear(a) ? ' ⚠' : ''}</td>
</tr>`);
    }
  }
  const invalid = report.accounts.filter((a) => !a.valid);
  if (invalid.length > 0) {
    rows.push(`<tr class="segment"><th colspan="9" scope="rowgroup">${h(words.invalidPlans)}</th></tr>`);
    for (const a of invalid) {
      const p = a.firstProblem;
      const where = p ? `${a.file}:${p.line}:${p.column} — ${p.message} (${p.rule})` : a.file;
      rows.push(`<tr><th scope="row">${h(accountLabel(a))}</th><td colspan="8" class="bad">✖ ${h(text.notValidAt({ where }))}</td></tr>`);
    }
  }
  const sample = (status: string) => `<span class="bar"><span class="cell ${status}"></span></span>`;
  const legend = words.coverageLegend({ covered: sample('covered'), single: sample('single-threaded'), uncovered: sample('uncovered') });
  return `<section><h2>${h(text.accountsHeading)}</h2>
${scrollBox(words.accountsTable, `<table class="accounts">
<thead><tr>${headCells(columns(words.accountHead, ACCOUNT_COLUMNS), ACCOUNT_NUMERIC)}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`)}
<p class="legend">${legend}</p>
</section>`;
}

const ACCOUNT_COLUMNS = ['account', 'coverage', 'errors', 'warnings', 'detractors', 'mrr', 'breakEven', 'roi', 'renewal'] as const;
const TOTAL_COLUMNS = ['segment', 'currency', 'accounts', 'coverage', 'mrr', 'outlay', 'contribution', 'net', 'roi', 'breakEven'] as const;
/** Which columns of each table hold numbers (right-aligned). */
const ACCOUNT_NUMERIC = [2, 3, 4, 5, 7];
const TOTAL_NUMERIC = [2, 3, 4, 5, 6, 7, 8, 9];

function headCells(titles: readonly string[], numeric: readonly number[]): string {
  return titles.map((title, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${h(title)}</th>`).join('');
}

function totalsTable(report: PortfolioReport): string {
  const text = messages().report;
  const words = text.html;
  const rows: string[] = [];
  const push = (label: string, t: GroupTotals, cls: string) => {
    const coverage = `${coverageFraction(t.coverage)} (${coveragePercent(t.coverage.fraction)})`;
    const currencies = t.currencies.length > 0 ? t.currencies : [null];
    currencies.forEach((c, i) => {
      const money =
        c === null || c.withEconomics === 0
          ? '<td class="num">—</td>'.repeat(6)
          : [
              formatMoney(c.monthlyRevenue, c.currency),
              formatMoney(c.outlay, c.currency),
              formatMoney(c.termContribution, c.currency),
              formatMoney(c.net, c.currency),
              formatPercent(c.roi, 1),
              c.averageBreakEvenMonths === null ? text.never : text.monthsShort({ months: formatMonths(c.averageBreakEvenMonths) }),
            ]
              .map((v, j) => `<td class="num${(j === 3 || j === 4) && (c.net < 0) ? ' bad' : ''}">${h(v)}</td>`)
              .join('');
      rows.push(
        `<tr class="${cls}">${i === 0 ? `<th scope="row" rowspan="${currencies.length}">${h(label)}</th>` : ''}<td>${h(c?.currency ?? '—')}</td><td class="num">${c?.accounts ?? t.accounts}</td>${
          i === 0 ? `<td class="num" rowspan="${currencies.length}">${h(coverage)}</td>` : ''
        }${money}</tr>`,
      );
    });
  };
  for (const s of report.segments) push(segmentLabel(s.segment), s, '');
  push(text.portfolioTotal, report.totals, 'total');
  return `<section><h2>${h(text.totalsHeading)}</h2>
${scrollBox(words.totalsTable, `<table class="totals">
<thead><tr>${headCells(columns(text.totalHead, TOTAL_COLUMNS), TOTAL_NUMERIC)}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`)}
<p class="legend">${words.roi}</p>
</section>`;
}

function charts(report: PortfolioReport): string {
  const words = messages().report.html;
  const figures = report.accounts
    .filter((a) => a.economics !== null)
    .map((a) => {
      const e = a.economics!;
      return `<figure class="chart">
<figcaption><strong>${h(accountLabel(a))}</strong> <span class="muted">${h(words.chartFacts({ currency: e.currency, outlay: formatMoney(e.outlay, e.currency), breakEven: breakEvenText(a) }))}</span></figcaption>
${scrollBox(words.chartLabel({ account: accountLabel(a), file: a.file }), renderPaybackChart(e, accountLabel(a), a.renewalDate, report.asOf))}
</figure>`;
    });
  const missing = report.accounts.filter((a) => a.valid && a.economics === null).map((a) => accountLabel(a));
  const note = missing.length > 0 ? `<p class="muted">${h(words.noEconomicsFor({ names: missing.join(', ') }))}</p>` : '';
  const heading = `<h2>${h(words.paybackHeading)}</h2>`;
  if (figures.length === 0) return `<section>${heading}${note || `<p class="muted">${h(words.noEconomics)}</p>`}</section>`;
  const legend = words.chartLegend({
    line: '<span class="swatch line"></span>',
    outlay: '<span class="swatch outlay"></span>',
    breakEven: '<span class="be">▲</span>',
    renewal: '<span class="swatch renewal"></span>',
  });
  return `<section>${heading}
<p class="legend">${legend}</p>
<div class="charts">${figures.join('\n')}</div>${note}</section>`;
}

function maps(report: PortfolioReport): string {
  const words = messages().report.html;
  const stanceNames = messages().common.stances;
  const legend = STANCE_ORDER.map((s) => {
    const look = STANCE_LOOKS[s];
    return `<span class="chip stance-${s}"><span class="sym">${h(look.symbol)}</span> ${h(stanceNames[s])}</span> <span class="muted">${h(messages().map.stanceMeanings[s])}</span>`;
  }).join(' ');
  const sections = report.accounts.filter((a) => a.map !== null).map((a) => mapSection(a, a.map!));
  const gaps = words.mapsLegend({ flag: '<span class="flag">⚠</span>', left: (word) => `<span class="left-sample">${h(word)}</span>` });
  return `<section><h2>${h(messages().report.mapsHeading)}</h2>
<p class="legend">${legend}<br>${gaps}</p>
${sections.join('\n')}</section>`;
}

/**
 * A box that scrolls sideways on its own when its content is wider than the screen (a
 * table on a phone; a chart, which never shrinks below the size its labels are legible
 * at), so the page itself never does. Focusable and named, so a keyboard can scroll it.
 */
function scrollBox(label: string, content: string): string {
  return `<section class="scroll" aria-label="${h(label)}" tabindex="0">${content}</section>`;
}

function anchor(a: AccountReport): string {
  // File paths are unique; keep the id to characters every browser accepts in a fragment.
  return `account-${a.file.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

function mapSection(a: AccountReport, map: StakeholderMap): string {
  const text = messages().report;
  const words = text.html;
  const byId = new Map(map.people.map((p) => [p.id, p]));
  const described = new Set<string>();
  const groups = map.groups.map((group) => {
    const sections = group.sections.map((section) => {
      const people = section.people.map((id) => {
        const person = byId.get(id)!;
        if (described.has(id)) return `<li class="person again stance-${person.stance}"><span class="sym">${h(stanceLook(person.stance).symbol)}</span> ${h(person.name)} <span class="muted">${h(words.seeAbove)}</span></li>`;
        described.add(id);
        return personItem(person);
      });
      const status =
        section.status === 'uncovered' || section.status === 'single-threaded'
          ? `<span class="flag">⚠ ${h(text.status[section.status])}</span>`
          : section.status === 'covered'
            ? `<span class="ok">✔ ${h(text.status.covered)}</span>`
            : '';
      const empty = people.length === 0 ? `<li class="nobody">${h(words.nobodyHolds)}</li>` : '';
      return `<div class="role ${section.status ?? ''}"><div class="role-head">${h(roleName(section.role))} ${status}</div><ul>${people.join('')}${empty}</ul></div>`;
    });
    const body = sections.length > 0 ? sections.join('') : `<p class="muted">${h(words.nobodyYet)}</p>`;
    return `<div class="group"><h4>${h(groupTitle(group.group))}</h4>${body}</div>`;
  });
  const facts = [a.file, a.segment, a.owner ? text.owner({ name: a.owner }) : null, a.renewalDate ? text.renews({ date: a.renewalDate }) : null].filter((x): x is string => Boolean(x));
  return `<article class="map" id="${anchor(a)}">
<h3>${h(accountLabel(a))}</h3>
<p class="muted">${facts.map(h).join(' · ')}</p>
<div class="groups">${groups.join('')}</div>
</article>`;
}

function personItem(person: MapPerson): string {
  const words = messages().report.html;
  const look = stanceLook(person.stance);
  const marks = personMarks(person)
    .map((m) => (m.warning ? `<span class="flag">⚠ ${h(m.text)}</span>` : `<span>${h(m.text)}</span>`))
    .join(' · ');
  let backup = '';
  if (person.backup) {
    const problem = backupProblem(person.backup);
    const left = problem ? ` <span class="flag">${h(problem)}</span>` : '';
    backup = `<div class="backup">${h(words.backup({ name: person.backup.name }))}${left}</div>`;
  } else if (person.singleThreaded.length > 0) {
    backup = `<div class="backup"><span class="flag">${h(words.noBackup)}</span></div>`;
  }
  const classes = ['person', `stance-${person.stance}`, person.leftOn ? 'left' : '', person.detractor ? 'detractor' : ''].filter(Boolean).join(' ');
  return `<li class="${classes}"><span class="sym" title="${h(messages().common.stances[person.stance])}">${h(look.symbol)}</span> <strong>${h(person.name)}</strong>${
    person.title ? ` <span class="muted">${h(person.title)}</span>` : ''
  }<div class="marks">${h(stanceText(person))}${marks ? ` · ${marks}` : ''}</div>${backup}</li>`;
}

const stanceRules = STANCE_ORDER.map((s) => {
  const look = STANCE_LOOKS[s];
  return `.stance-${s}{background:${look.fill};border-color:${look.stroke}}.stance-${s} .sym{color:${look.stroke}}`;
}).join('');

const STYLE = `
:root{--ink:#1d1d1f;--muted:#666;--line:#d9d9de;--bad:#b3261e;--warn:#8a5a00;--good:#1e7b3a;--bg:#fff;--panel:#f7f7f9}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;overflow-wrap:break-word;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
.page-head{padding:24px 32px 12px;border-bottom:3px solid var(--ink)}
h1{margin:0;font-size:28px;letter-spacing:-.01em}
h2{font-size:19px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{margin:0 0 2px;font-size:17px}
h4{margin:0 0 6px;font-size:14px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.sub{margin:6px 0 0;color:var(--muted)}
main{padding:0 32px 16px;max-width:1280px}
footer{padding:12px 32px 28px;color:var(--muted);font-size:12px;max-width:1280px;border-top:1px solid var(--line)}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.92em}
.muted{color:var(--muted)}.bad{color:var(--bad)}.warn{color:var(--warn)}.good{color:var(--good)}
.flag{color:var(--bad);font-weight:600}.ok{color:var(--good)}
.kpis{display:flex;flex-wrap:wrap;gap:14px;margin-top:18px}
.kpi{flex:1 1 220px;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.kpi-title{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.kpi-value{font-size:26px;font-weight:700;margin:2px 0 6px}.kpi-value span{font-size:13px;font-weight:400;color:var(--muted)}
.kpi dl{display:grid;grid-template-columns:auto auto;gap:2px 12px;margin:0;font-size:13px}.kpi dt{color:var(--muted)}.kpi dd{margin:0;text-align:right;font-weight:600}
ol.attention{margin:0;padding-left:26px}
ol.attention li{padding:5px 8px;margin:3px 0;border-left:4px solid var(--warn);background:#fff8e6}
ol.attention li.urgent{border-left-color:var(--bad);background:#fdeceb}
ol.attention .why{display:block;color:#333}
.scroll{overflow-x:auto;max-width:100%}.scroll:focus-visible{outline:2px solid #1f6aa5;outline-offset:2px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);border-bottom:2px solid var(--ink)}
tbody th{font-weight:600;min-width:9em}
th a{color:inherit;text-decoration:none}
.num{text-align:right;font-variant-numeric:tabular-nums}
tr.segment th{background:var(--panel);font-size:13px;padding-top:8px}
tr.total th,tr.total td{font-weight:700;border-top:2px solid var(--ink)}
.bar{white-space:nowrap;display:inline-flex;gap:2px;vertical-align:-2px}
.cell{display:inline-block;width:11px;height:14px;border:1.5px solid;border-radius:2px}
.cell.covered{background:var(--good);border-color:var(--good)}
.cell.single-threaded{background:linear-gradient(to top,#d99a00 50%,#fff 50%);border-color:#b07800}
.cell.uncovered{background:#fff;border-color:var(--bad)}
td.nowrap{white-space:nowrap}
.legend{font-size:12px;color:var(--muted);margin:6px 0}
.swatch{display:inline-block;width:22px;height:0;vertical-align:middle;margin:0 3px 0 10px;border-top:3px solid #1f6aa5}
.swatch.outlay{border-top:2px dashed #b3261e}.swatch.renewal{border-top:2px dotted #8a6d00}
.be{color:var(--good);font-weight:700}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,${CHART_WIDTH + 24}px),1fr));gap:14px}
figure.chart{min-width:0;margin:0;border:1px solid var(--line);border-radius:8px;padding:10px;background:#fff}
figure.chart figcaption{margin-bottom:4px}
svg.payback{display:block;width:100%;min-width:${CHART_WIDTH}px;height:auto;font-family:inherit}
svg .tick{font-size:10px;fill:#555}svg .note{font-size:11px}svg .be{font-size:12px;font-weight:700}svg .halo{fill:#fff;stroke:#fff;stroke-width:3px;stroke-linejoin:round}svg .never{font-size:16px;font-weight:700;fill:#b3261e}
.map{border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:0 0 14px}
.groups{display:grid;grid-template-columns:2fr 1fr;gap:16px;margin-top:8px}
.role{margin:0 0 8px;padding:6px 8px;border-left:3px solid var(--line)}
.role.uncovered,.role.single-threaded{border-left-color:var(--bad)}.role.covered{border-left-color:var(--good)}
.role-head{font-weight:600;font-size:13px;margin-bottom:4px}
.role ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.person{border:1.5px solid;border-radius:6px;padding:4px 8px;min-width:200px;max-width:340px}
.person.detractor{border-width:3px}
.person.left{background:#f3f3f3 !important;border-style:dashed;color:#777}.person.left strong{text-decoration:line-through}
.person.again{min-width:0;opacity:.8}
.person .sym{font-family:"DejaVu Sans Mono",ui-monospace,monospace;font-weight:700}
.person .marks,.person .backup{font-size:12px}
.nobody{color:var(--bad);font-style:italic;padding:4px 0}
.chip{display:inline-block;border:1.5px solid;border-radius:5px;padding:0 6px;margin:2px 0 2px 8px;color:var(--ink)}
.chip .sym{font-family:"DejaVu Sans Mono",ui-monospace,monospace;font-weight:700}
.left-sample{border:1.5px dashed #999;border-radius:5px;padding:0 6px;color:#777;text-decoration:line-through}
${stanceRules}
@media (max-width:900px){.groups{grid-template-columns:1fr}.charts{grid-template-columns:1fr}}
@media (max-width:600px){.page-head{padding:16px 12px 10px}main{padding:0 12px 12px}footer{padding:12px 12px 20px}h1{font-size:24px}.map{padding:10px}.person{min-width:0}}
@page{size:A4 landscape;margin:12mm}
@media print{
body{font-size:11px}.page-head,main,footer{padding-left:0;padding-right:0}
h2{break-after:avoid}
.kpi,figure.chart,.map,tr,ol.attention li{break-inside:avoid}
.charts{grid-template-columns:1fr 1fr}
.map{break-before:auto}
a{color:inherit;text-decoration:none}
}
`;
