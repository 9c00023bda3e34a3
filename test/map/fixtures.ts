import { loadPlan } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/schema.js';

export const AS_OF = '2026-11-27';

/**
 * A plan whose names try to break every output format: quotes, `&`, `<script>`,
 * Mermaid's `#` entities and brackets, a Markdown backtick fence, DOT's backslash,
 * a newline inside a name, and a stakeholder id that is a Mermaid keyword (`end`).
 */
export const TRICKY_PLAN = String.raw`cro: 1
account:
  name: 'R&D <script>alert("pwned")</script> "Quote" #1 ` + '```' + String.raw` \N Corp'
  segment: 'Enterprise <b>&</b> "Key"'
  currency: EUR
  customerSince: 2026-01-01
  renewalDate: 2027-01-01
stakeholders:
  - id: ayse
    name: 'Ayşe "Ops" Yılmaz (CFO)'
    title: 'CFO & <b>Finance</b> #35;'
    group: renew
    roles: [budget-owner, executive-sponsor]
    stance: advocate
    referrer: true
    backup: tom
  - id: tom
    name: 'Tom [Backup] {x} | -->'
    group: renew
    roles: [end-user]
    stance: supporter
    leftOn: 2026-06-30
  - id: end
    name: 'end'
    group: renew
    roles: [procurement]
    stance: detractor
  - id: lena
    name: "Lena\nNew <img src=x onerror=alert(1)>"
    group: new-buy
    stance: neutral
economics:
  acquisitionCost: 20000
  monthlyRevenue: 3000
  grossMargin: 0.8
`;

/** Loads plan text through the real loader; throws with the findings when it is not valid. */
export function planOf(text: string): Plan {
  const loaded = loadPlan(new TextEncoder().encode(text), { explicit: true });
  if (!loaded?.plan) {
    throw new Error(`fixture is not a valid plan:\n${loaded?.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n')}`);
  }
  return loaded.plan;
}
