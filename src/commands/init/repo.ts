import { emptyAnswers, type PlanAnswers } from './templates/values.js';
import { TemplateError } from './templates/render.js';
import { addDays, addMonths, addYears } from './fields.js';
import { REPO_SCHEMA_PATH } from './modeline.js';
import { messages } from '../../i18n/messages.js';

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
    if (value === undefined) throw new TemplateError(messages().init.unknownRepoPlaceholder({ name }));
    return value;
  });
}

/**
 * The example plan `--example` adds: a fictional account, every section filled in, dated
 * around today so that `cro check` passes on the day the repository is made (a plan to
 * copy, and a green first CI run).
 */
/** The example plan's file: the same in every language (`slugify` of the English account name). */
export const EXAMPLE_FILE = 'acme-logistics-example.yaml';

export function exampleAnswers(today: string): PlanAnswers {
  const since = addMonths(today, -3);
  const t = messages().init.example;
  return {
    ...emptyAnswers(t.account),
    segment: 'enterprise',
    owner: 'Jane Doe',
    customerSince: since,
    renewalDate: addYears(since, 2),
    team: { sales: ['Jane Doe'], marketing: ['Ece Demir'], customerSuccess: ['Ali Kaya'] },
    messages: { renew: t.renew, newBuy: t.newBuy },
    stakeholders: [
      { id: 'maria', name: 'Maria Lopez', title: t.titles.maria, group: 'renew', roles: ['executive-sponsor'], stance: 'advocate', referrer: true, backup: 'daniel', needs: { ...t.needs.maria } },
      { id: 'daniel', name: 'Daniel Kim', title: t.titles.daniel, group: 'renew', roles: ['budget-owner'], stance: 'supporter', backup: 'maria', needs: { ...t.needs.daniel } },
      { id: 'priya', name: 'Priya Raman', title: t.titles.priya, group: 'renew', roles: ['procurement'], stance: 'supporter', backup: 'daniel', needs: { ...t.needs.priya } },
      { id: 'tom', name: 'Tom Becker', title: t.titles.tom, group: 'renew', roles: ['administrator'], stance: 'advocate', backup: 'sofia', needs: { ...t.needs.tom } },
      { id: 'sofia', name: 'Sofía Márquez', title: t.titles.sofia, group: 'renew', roles: ['end-user'], stance: 'advocate', referrer: true, backup: 'tom', needs: { ...t.needs.sofia } },
      {
        id: 'omar', name: 'Omar Shah', title: t.titles.omar, group: 'renew', roles: ['end-user'], stance: 'detractor', needs: { ...t.needs.omar },
        objection: { kind: 'competitor', detail: t.objection },
        winPlan: { owner: 'Ali Kaya', due: addDays(today, 30), actions: [t.actions.visit, t.actions.training] },
      },
      { id: 'lena', name: 'Lena Wolff', title: t.titles.lena, group: 'new-buy', roles: [], stance: 'neutral' },
    ],
    renewal: {
      requirements: [t.requirements.dispatch, t.requirements.region],
      risks: [t.risk],
    },
    newBuy: [
      {
        unit: t.unit,
        challenge: t.challenge,
        contacts: ['lena'],
        heroes: ['daniel', 'maria'],
        evidence: t.evidence,
        potential: 60000,
      },
    ],
    milestones: [
      {
        name: t.milestones.kickoff,
        due: addDays(since, 14),
        done: addDays(since, 14),
        review: { date: addDays(since, 21), perspectives: ['customer', 'sales', 'marketing', 'customer-success'], notes: t.milestones.kickoffNotes },
      },
      {
        name: t.milestones.goLive,
        due: addDays(since, 60),
        done: addDays(since, 63),
        review: { date: addDays(since, 70), perspectives: ['customer', 'sales', 'marketing', 'customer-success'], notes: t.milestones.goLiveNotes },
      },
      { name: t.milestones.review, due: addMonths(since, 6) },
    ],
    okrs: [
      { objective: t.okrs.reference, keyResults: [t.okrs.caseStudy, t.okrs.summit] },
      { objective: t.okrs.expand, keyResults: [t.okrs.pilot] },
    ],
    economics: { acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200, monthlyChurn: 0.01 },
  };
}
