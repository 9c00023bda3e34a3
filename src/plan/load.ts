import { messages } from '../i18n/messages.js';
import { fastParse } from './fast-parse.js';
import type { Finding } from './finding.js';
import { createLocator, type Locator } from './locate.js';
import { decodeYamlText, parseYamlText } from './parse.js';
import type { Plan } from './schema.js';
import { validatePlan } from './validate.js';

export interface LoadedPlan {
  /** The account name when the file says it, even if the plan is otherwise invalid. */
  account: string | null;
  /** The validated plan; undefined when the file has schema or syntax findings. */
  plan: Plan | undefined;
  /** yaml-syntax and schema findings. */
  findings: Finding[];
  /** Valid YAML but not a plan, reported only because it was named (a folder scan skips it). */
  notAPlan?: true;
  /** Maps a data path to its line and column (1:1 when the file did not parse). */
  locate: Locator;
  /** The `account` map as the file has it, when it has one (plan selection reads its owner and segment even of an invalid plan). */
  accountData?: Record<string, unknown>;
}

export interface LoadOptions {
  /** Named on the command line: a non-plan is reported instead of skipped. */
  explicit: boolean;
  /** Use the fast parser where it is known to agree with the reference (default true). */
  fast?: boolean;
}

const topOfFile: Locator = () => ({ line: 1, column: 1 });

/**
 * Reads one file's bytes as a plan. Returns null when the file is valid YAML but not a
 * plan (no top-level `cro` key) and was found by a folder scan; a file the user named
 * explicitly is reported instead, since they meant it to be a plan.
 */
export function loadPlan(bytes: Uint8Array, { explicit, fast = true }: LoadOptions): LoadedPlan | null {
  const text = decodeYamlText(bytes);
  if (typeof text !== 'string') return { account: null, plan: undefined, findings: [text], locate: topOfFile };
  if (fast) {
    const quick = loadValidPlanFast(text);
    if (quick) return quick;
  }
  return loadWithReference(text, explicit);
}

/**
 * A valid plan read by the fast parser, or undefined. Anything with a finding is read
 * again by the reference so that every message and position is the reference's own.
 */
function loadValidPlanFast(text: string): LoadedPlan | undefined {
  const quick = fastParse(text);
  if (!quick || !isPlanData(quick.data)) return undefined;
  let reference: Locator | undefined;
  const locate: Locator = (path, target = 'value') => {
    const found = target === 'value' ? quick.locate(path) : undefined;
    if (found) return found;
    reference ??= referenceLocator(text);
    return reference(path, target);
  };
  const { plan, findings } = validatePlan(quick.data, locate);
  if (!plan || findings.length > 0) return undefined;
  return { account: plan.account.name, plan, findings, locate };
}

function referenceLocator(text: string): Locator {
  const parsed = parseYamlText(text);
  return parsed.ok ? createLocator(parsed.value.doc, parsed.value.lineCounter) : topOfFile;
}

function loadWithReference(text: string, explicit: boolean): LoadedPlan | null {
  const parsed = parseYamlText(text);
  if (!parsed.ok) return { account: null, plan: undefined, findings: [parsed.finding], locate: topOfFile };

  const { doc, lineCounter, data } = parsed.value;
  const locate = createLocator(doc, lineCounter);
  if (!isPlanData(data)) {
    if (!explicit) return null;
    return {
      account: null,
      plan: undefined,
      findings: [{ rule: 'schema', severity: 'error', message: notAPlanMessage(data), line: 1, column: 1, path: '' }],
      locate,
      notAPlan: true,
    };
  }
  const { plan, findings } = validatePlan(data, locate);
  const loaded: LoadedPlan = { account: accountName(data), plan, findings, locate };
  if (typeof data.account === 'object' && data.account !== null) loaded.accountData = data.account as Record<string, unknown>;
  return loaded;
}

export function isPlanData(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.prototype.hasOwnProperty.call(data, 'cro');
}

function notAPlanMessage(data: unknown): string {
  return data === null || data === undefined ? messages().plan.empty : messages().plan.notAPlan;
}

function accountName(data: Record<string, unknown>): string | null {
  const account = data.account;
  if (typeof account === 'object' && account !== null && typeof (account as { name?: unknown }).name === 'string') {
    return (account as { name: string }).name;
  }
  return null;
}
