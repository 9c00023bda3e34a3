import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../../files/discover.js';
import { runChecks, type DerivedRun } from '../../check/driver.js';
import { deriveFor, type Derived, type Want } from '../../check/derive.js';
import { CRITICAL_ROLES } from '../../plan/vocabulary.js';
import { UsageError } from '../../util/errors.js';
import { oneLine } from '../../text/terminal-text.js';
import { didYouMean } from '../../util/suggest.js';
import { MAP_FORMATS, type MapFormat } from '../../format-names.js';
import { chalkFor, emit, loadCommandConfig, resolveAsOf, type CommandIO, type GlobalFlags, refuseOutputOverInput } from '../io.js';
import { currentLang, messages } from '../../i18n/messages.js';
import { selectionOf } from '../../check/selection.js';

export { MAP_FORMATS, type MapFormat };

export interface MapFlags extends GlobalFlags {
  format?: string;
  output?: string;
  asOf?: string;
  owner?: string;
  segment?: string;
}

/** `cro map <plan>`: 0 drawn, 1 the file is not a valid plan, 2 usage (missing path, bad flag). */
export async function runMap(path: string, flags: MapFlags, io: CommandIO): Promise<number> {
  const format = (flags.format ?? 'tree') as MapFormat;
  if (!MAP_FORMATS.includes(format)) {
    throw new UsageError(messages().errors.unknownFormat({ format: flags.format ?? '', suggestion: didYouMean(format, MAP_FORMATS), formats: MAP_FORMATS.join(', ') }));
  }
  const asOf = resolveAsOf(flags.asOf, io);
  const config = loadCommandConfig(io, flags);
  const criticalRoles = config.data.criticalRoles ?? [...CRITICAL_ROLES];

  let absolute = resolve(io.cwd, path);
  let isFolder: boolean;
  try {
    isFolder = statSync(absolute).isDirectory();
  } catch {
    // Not a path: a plan named as the edit commands name one (file name, or account name), with their did-you-mean.
    absolute = (await import('../../edit/find.js')).findPlan(path, config, io.cwd).absolute;
    isFolder = false;
  }
  // A folder with --owner / --segment: the maps of the plans they choose (chosen.ts).
  const select = selectionOf(flags);
  if (isFolder && select) return (await import('./chosen.js')).drawChosenPlans(path, select, { format, asOf, criticalRoles, config, flags }, io);
  if (isFolder) throw new UsageError(messages().map.errors.isFolder({ path, example: `${path.replace(/\/$/, '')}/acme-logistics.yaml` }));
  refuseOutputOverInput(flags.output, io, [{ absolute }], { config });

  // The file name and the findings (which quote the plan) go to stderr: one line each.
  const shown = oneLine(displayPath(absolute, io.cwd));
  const want: Want = { kind: 'map', criticalRoles, asOf };
  // Through the check driver, like every command that reads plans; no rules run (a map is drawn of any valid plan).
  const settings = { rules: [], context: { asOf, criticalRoles, horizon: 0, lang: currentLang() }, fast: true, withCoverage: false };
  const run = (await runChecks([{ absolute, display: shown, explicit: true }], settings, { derive: { want, answer: deriveFor(want) } })) as DerivedRun<Derived['map']>;
  const drawn = run.files[0]!.derived;
  if (!('map' in drawn)) {
    io.stderr.write(`cro: ${messages().map.errors.notAPlan({ file: shown })}\n`);
    for (const f of drawn.problems) io.stderr.write(`${shown}:${f.line}:${f.column}  ${messages().map.errors.severity[f.severity]}  ${oneLine(f.message)}  (${f.rule})\n`);
    io.stderr.write(`${messages().map.errors.runCheck({ file: shown })}\n`);
    return 1;
  }

  const { map } = drawn;
  let text: string;
  if (format === 'mermaid') text = (await import('./views/mermaid.js')).renderMermaid(map);
  else if (format === 'dot') text = (await import('./views/dot.js')).renderDot(map);
  else {
    const chalk = await chalkFor(io, flags, 'stdout', flags.output !== undefined);
    text = (await import('./views/tree.js')).renderTree(map, { chalk });
  }
  await emit(text, flags.output, io);
  return 0;
}
