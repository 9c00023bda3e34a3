import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MESSAGE_END, MESSAGE_START } from '../../src/i18n/messages.js';
import { FUNCTIONS, GROUPS, OBJECTION_KINDS, PERSPECTIVES, ROLES, STANCES } from '../../src/plan/vocabulary.js';
import { allRules } from '../../src/rules/index.js';
import { LOADER_RULES } from '../../src/formatters/rule-catalog.js';

/*
 * "No English sentence of ours is left" proved by catalog use, not by a word list: a run
 * with CRO_I18N_MARK=1 wraps every catalog message in MESSAGE_START…MESSAGE_END, those
 * are cut out, then the plan's own data, and what is left may hold no word of three
 * letters or more. Whatever English cro wrote around its catalog shows up as a word.
 *
 * What counts as data, and is removed (each kind named where it is removed):
 * - the plans' string values (names, titles, segments, milestones, …), but not the
 *   method's enum values (roles, stances, groups, functions): those are words cro
 *   translates wherever it names them, so removing them could hide an English one;
 * - file paths, rule ids and the data paths of findings (`stakeholders[2].backup`);
 * - texts of other areas' catalogs that are still English on this branch (the rules'
 *   messages, descriptions and examples; the stakeholder map's words), listed by the
 *   tests that remove them;
 * - the format's syntax (Markdown escapes, XML entities, workflow-command prefixes).
 */

/** The text with every marked message cut out (innermost first: a message may quote another). */
export function withoutMessages(text: string): string {
  const marked = new RegExp(`${MESSAGE_START}[^${MESSAGE_START}${MESSAGE_END}]*${MESSAGE_END}`, 'g');
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(marked, ' ');
  }
  return out;
}

/** The text without each of `data` (longest first, so a name is not cut by a shorter one inside it). */
export function withoutData(text: string, data: Iterable<string>): string {
  let out = text;
  for (const item of [...new Set(data)].filter((d) => d.length > 0).sort((a, b) => b.length - a.length)) out = out.split(item).join(' ');
  return out;
}

/** Words of three letters or more: what must not be left once messages and data are gone. */
export function wordsLeft(text: string): string[] {
  return [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])];
}

const ENUM_VALUES = new Set<string>([...ROLES, ...STANCES, ...GROUPS, ...FUNCTIONS, ...OBJECTION_KINDS, ...PERSPECTIVES]);

/** Every string value of the plans in `dir` (recursively), but the method's enum values. */
export function planStrings(dir: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (!ENUM_VALUES.has(value)) out.push(value, ...value.split('\n'));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    try {
      walk(parse(readFileSync(join(entry.parentPath, entry.name), 'utf8')));
    } catch {
      // not YAML at all: it has no values to remove
    }
  }
  return out;
}

/** The rules' own texts (the rules area's catalog; still English on this branch): descriptions, rationales, example lines; the loader's two too. */
export function ruleTexts(): string[] {
  return [...allRules.map((rule) => rule.meta), ...LOADER_RULES].flatMap((meta) => [
    meta.description,
    meta.docs.rationale,
    ...[meta.docs.failing, meta.docs.passing].flatMap((example) => (example ? [example.trimEnd(), ...example.trimEnd().split('\n')] : [])),
  ].filter((text): text is string => Boolean(text)));
}

/** What a check JSON report says is data: the findings' messages (the rules'), their rules, paths and files, and the accounts. */
export function findingData(json: string): string[] {
  const report = JSON.parse(json) as { files: Array<{ file: string; account: string | null; findings: Array<{ rule: string; message: string; path: string }> }> };
  return report.files.flatMap((file) => [
    file.file,
    file.account ?? '',
    ...file.findings.flatMap((finding) => [finding.message, finding.rule, finding.path]),
  ]);
}

/** XML character references and the five entities, decoded. */
export function decodeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** Markdown with its backslash escapes undone (the plan's data then reads as in the plan). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Markdown without its Mermaid blocks: the stakeholder maps are the map area's (its own test). */
export function withoutMermaid(text: string): string {
  return text.replace(/```mermaid\n[\s\S]*?\n```/g, ' ');
}
