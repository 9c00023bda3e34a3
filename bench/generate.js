// Deterministic generator of a plans repository for benchmarks and corpus tests:
// the same seed always writes the same files, so runs are comparable.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: tiny, fast, good enough for test data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'Omar', 'Ayşe', 'Tom', 'Lena', 'Mehmet', 'Priya', 'Jonas', 'Elif', 'Carlos', 'Yuki', 'Fatma', 'Grace', 'Ali', 'Sofia', 'Kwame'];
const LAST = ['Lopez', 'Shah', 'Yılmaz', 'Becker', 'Novak', 'Demir', 'Iyer', 'Berg', 'Kaya', 'Silva', 'Tanaka', 'Çelik', 'Okafor', 'Aydın', 'Rossi', 'Mensah'];
const COMPANIES = ['Logistics', 'Retail', 'Health', 'Energy', 'Foods', 'Motors', 'Bank', 'Telecom', 'Pharma', 'Textiles'];
const ROLES = ['end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor'];
const STANCES = ['advocate', 'advocate', 'supporter', 'supporter', 'neutral', 'detractor', 'unknown'];
const SEGMENTS = ['enterprise', 'mid-market', 'smb'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const date = (rand, fromYear, years) => {
  const y = fromYear + Math.floor(rand() * years);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** One plan as YAML text (about 2–3 KB), valid by construction but with the gaps real plans have. */
export function planText(index, rand) {
  const name = `${pick(rand, LAST)} ${pick(rand, COMPANIES)} ${index}`;
  const people = 4 + Math.floor(rand() * 4);
  const ids = Array.from({ length: people }, (_, i) => `p${i}-${pick(rand, FIRST).toLowerCase().replace(/[^a-z]/g, '')}`);
  const lines = [
    '# yaml-language-server: $schema=../schema/plan.schema.json',
    'cro: 1',
    'account:',
    `  name: ${name}`,
    `  segment: ${pick(rand, SEGMENTS)}`,
    `  owner: ${pick(rand, FIRST)} ${pick(rand, LAST)}`,
    `  customerSince: ${date(rand, 2025, 1)}`,
    `  renewalDate: ${date(rand, 2027, 2)}`,
    '  currency: USD',
    'team:',
    `  - { name: ${pick(rand, FIRST)} ${pick(rand, LAST)}, function: sales }`,
    `  - { name: ${pick(rand, FIRST)} ${pick(rand, LAST)}, function: customer-success }`,
  ];
  if (rand() < 0.8) lines.push(`  - { name: ${pick(rand, FIRST)} ${pick(rand, LAST)}, function: marketing }`);
  lines.push('messages:', '  renew: Here is the proof of the outcomes you bought, and what comes next.');
  if (rand() < 0.85) lines.push('  newBuy: Teams like yours cut costs with one vendor.');
  lines.push('stakeholders:');
  ids.forEach((id, i) => {
    const stance = pick(rand, STANCES);
    lines.push(
      `  - id: ${id}`,
      `    name: ${pick(rand, FIRST)} ${pick(rand, LAST)}`,
      `    title: ${pick(rand, ['VP Operations', 'IT Manager', 'Buyer', 'CFO', 'Analyst', 'Director'])}`,
      `    department: ${pick(rand, ['Operations', 'IT', 'Finance', 'Procurement'])}`,
      `    group: ${i < people - 1 ? 'renew' : 'new-buy'}`,
      `    roles: [${ROLES[i % ROLES.length]}]`,
      `    stance: ${stance}`,
    );
    if (rand() < 0.3) lines.push('    referrer: true');
    if (rand() < 0.6) lines.push(`    backup: ${ids[(i + 1) % people]}`);
    lines.push(`    lastContact: ${date(rand, 2026, 1)}`);
    if (rand() < 0.7) lines.push('    needs: { see: Savings dashboard, hear: Peer stories, know: Roadmap }');
    if (stance === 'detractor') {
      lines.push('    objection: { kind: competitor, detail: Pushed for a rival }');
      if (rand() < 0.6) lines.push(`    winPlan: { owner: ${pick(rand, FIRST)}, due: ${date(rand, 2026, 2)}, actions: [Share TCO study] }`);
    }
  });
  lines.push('renewal:', '  requirements: [Cut dispatch time by 20% before Q3]', '  risks: [Budget freeze]');
  if (rand() < 0.8) {
    lines.push('newBuy:', '  - unit: Finance', '    challenge: Manual invoice reconciliation', `    contacts: [${ids[people - 1]}]`);
    if (rand() < 0.7) lines.push(`    heroes: [${ids[0]}]`);
    lines.push('    evidence: 20% faster dispatch', `    potential: ${10000 + Math.floor(rand() * 90000)}`);
  }
  lines.push('milestones:', '  - name: Go-live', `    due: ${date(rand, 2026, 1)}`);
  if (rand() < 0.7) lines.push(`    review: { date: ${date(rand, 2026, 1)}, perspectives: [customer, sales, marketing, customer-success] }`);
  lines.push('  - name: Expansion review', `    due: ${date(rand, 2027, 1)}`);
  if (rand() < 0.8) lines.push('okrs:', '  - objective: Make the account a reference customer', '    keyResults: [Two published case studies]');
  if (rand() < 0.9) {
    lines.push(
      'economics:',
      `  acquisitionCost: ${20000 + Math.floor(rand() * 80000)}`,
      `  onboardingCost: ${Math.floor(rand() * 20000)}`,
      `  monthlyRevenue: ${2000 + Math.floor(rand() * 12000)}`,
      `  grossMargin: ${(0.6 + rand() * 0.3).toFixed(2)}`,
      `  supportCostMonthly: ${Math.floor(rand() * 1500)}`,
      `  monthlyExpansion: ${(rand() * 0.02).toFixed(3)}`,
      `  monthlyChurn: ${(rand() * 0.02).toFixed(3)}`,
      '  discountRate: 0.10',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` plans under `<dir>/plans` (sharded in folders of 500) and a config; returns the file paths. */
export function generateRepository(dir, count, seed = 42) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'plans'), { recursive: true });
  writeFileSync(join(dir, 'cro.config.yaml'), 'plans: plans\ncurrency: USD\n');
  const rand = random(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'plans', `shard-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    const file = join(folder, `account-${String(i).padStart(5, '0')}.yaml`);
    writeFileSync(file, planText(i, rand));
    files.push(file);
  }
  return files;
}
