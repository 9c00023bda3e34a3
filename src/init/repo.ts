import { emptyAnswers, type PlanAnswers } from '../templates/values.js';
import { TemplateError } from '../templates/render.js';
import { REPO_SCHEMA_PATH } from './modeline.js';

/** A file of the plans repository, relative to its root, with `/` separators. */
export interface RepoFile {
  path: string;
  content: string;
}

export interface RepoSources {
  config: string;
  workflow: string;
  readme: string;
  gitignore: string;
}

export interface RepoOptions {
  currency: string;
  maxMonths: number;
  /** The version of cro that the workflow installs by default. */
  version: string;
  /** The plan JSON Schema, as `cro schema` prints it. */
  schema: string;
  /** An example plan (`--example`) instead of an empty plans folder. */
  example?: { file: string; text: string };
}

export const WORKFLOW_PATH = '.github/workflows/cro.yml';

/** Every file `cro init --repo` writes, in the order it reports them. Pure. */
export function repoFiles(sources: RepoSources, options: RepoOptions): RepoFile[] {
  const values = { currency: options.currency, maxMonths: String(options.maxMonths), version: options.version };
  return [
    { path: 'cro.config.yaml', content: fill(sources.config, values) },
    options.example ? { path: `plans/${options.example.file}`, content: options.example.text } : { path: 'plans/.gitkeep', content: '' },
    { path: REPO_SCHEMA_PATH, content: options.schema },
    { path: WORKFLOW_PATH, content: fill(sources.workflow, values) },
    { path: '.gitignore', content: fill(sources.gitignore, values) },
    { path: 'README.md', content: fill(sources.readme, values) },
  ];
}

/** `{{name}}` → value in the repository's files (no YAML rules here: the values are ours). */
export function fill(source: string, values: Readonly<Record<string, string>>): string {
  const text = source
    .split('\n')
    .filter((line) => !line.startsWith('#%'))
    .join('\n');
  return text.replace(/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new TemplateError(`unknown placeholder {{${name}}}`);
    return value;
  });
}

/** The account of the example plan that `--example` adds: fictional people, every section filled in part. */
export function exampleAnswers(today: string): PlanAnswers {
  const answers = emptyAnswers('Acme Logistics (example)');
  const [year] = today.split('-');
  return {
    ...answers,
    segment: 'enterprise',
    owner: 'Jane Doe',
    customerSince: `${year}-01-15`,
    renewalDate: `${Number(year) + 1}-01-15`,
    team: { sales: ['Jane Doe'], marketing: ['Ece Demir'], customerSuccess: ['Ali Kaya'] },
    messages: {
      renew: 'Here is the proof of the outcomes you bought, and what comes next.',
      newBuy: 'Teams like yours cut freight costs with one vendor.',
    },
    stakeholders: [
      { id: 'maria', name: 'Maria Lopez', title: 'VP Operations', group: 'renew', roles: ['executive-sponsor', 'budget-owner'], stance: 'advocate', backup: 'tom' },
      { id: 'tom', name: 'Tom Becker', title: 'Operations Manager', group: 'renew', roles: ['end-user', 'administrator'], stance: 'supporter', backup: 'maria' },
      { id: 'omar', name: 'Omar Shah', title: 'Category Manager', group: 'renew', roles: ['procurement'], stance: 'detractor', objection: { kind: 'competitor', detail: 'Pushed for a rival vendor' } },
      { id: 'lena', name: 'Lena Wolff', title: 'Head of Finance', group: 'new-buy', roles: [], stance: 'unknown' },
    ],
    economics: { acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200, monthlyChurn: 0.01 },
  };
}
