import { runChecks, workersFromEnv, type DerivedRun } from '../../check/driver.js';
import { deriveFor, type Derived, type Want } from '../../check/derive.js';
import type { PlanSelection } from '../../check/selection.js';
import type { Config } from '../../config/load.js';
import type { MapFormat } from '../../format-names.js';
import { currentLang, messages } from '../../i18n/messages.js';
import type { Role } from '../../plan/vocabulary.js';
import { oneLine } from '../../text/terminal-text.js';
import { UsageError } from '../../util/errors.js';
import { chalkFor, emit, findPlanFiles, refuseOutputOverInput, type CommandIO, type GlobalFlags } from '../io.js';

/*
 * `cro map <folder> --owner <name>` / `--segment <name>` (SPEC §10): the maps of the plans
 * the selection chooses in a folder, one after another, read through the one driver like
 * every other run over many plans. Mermaid is one diagram per document, so it draws one
 * plan only; the tree and Graphviz (which reads several graphs from one file) draw each.
 */
export async function drawChosenPlans(
  path: string,
  select: PlanSelection,
  { format, asOf, criticalRoles, config, flags }: { format: MapFormat; asOf: string; criticalRoles: readonly Role[]; config: Config; flags: GlobalFlags & { output?: string } },
  io: CommandIO,
): Promise<number> {
  const says = messages().agenda.selection;
  const refs = findPlanFiles([path], config, io);
  refuseOutputOverInput(flags.output, io, refs, { config });
  const want: Want = { kind: 'map', criticalRoles: [...criticalRoles], asOf };
  const settings = { rules: [], context: { asOf, criticalRoles, horizon: 0, lang: currentLang() }, fast: true, withCoverage: false, select };
  const workers = workersFromEnv(io.env);
  const run = (await runChecks(refs, settings, { derive: { want, answer: deriveFor(want) }, ...(workers === undefined ? {} : { workers }) })) as DerivedRun<Derived['map']>;
  let failed = false;
  const maps = [];
  for (const file of run.files) {
    if ('map' in file.derived) maps.push(file.derived.map);
    else {
      io.stderr.write(`cro: ${says.mapInvalid({ file: oneLine(file.file) })}\n`);
      failed = true;
    }
  }
  if (maps.length === 0) {
    io.stderr.write(`cro: ${says.mapNone({ path: oneLine(path) })}\n`);
    return failed ? 1 : 0;
  }
  if (format === 'mermaid' && maps.length > 1) throw new UsageError(says.mapMermaidOne({ count: maps.length }));
  let drawn: string[];
  if (format === 'mermaid') drawn = [(await import('./views/mermaid.js')).renderMermaid(maps[0]!)];
  else if (format === 'dot') {
    const { renderDot } = await import('./views/dot.js');
    drawn = maps.map((map) => renderDot(map));
  } else {
    const chalk = await chalkFor(io, flags, 'stdout', flags.output !== undefined);
    const { renderTree } = await import('./views/tree.js');
    drawn = maps.map((map) => renderTree(map, { chalk }));
  }
  await emit(drawn.join('\n'), flags.output, io);
  return failed ? 1 : 0;
}
