import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../files/discover.js';
import { readPlanBytes } from '../files/read.js';
import { buildStakeholderMap } from '../map/model.js';
import { compareFindings } from '../plan/finding.js';
import { loadPlan } from '../plan/load.js';
import { CRITICAL_ROLES } from '../plan/vocabulary.js';
import { UsageError } from '../util/errors.js';
import { oneLine } from '../util/terminal-text.js';
import { didYouMean } from '../util/suggest.js';
import { MAP_FORMATS, type MapFormat } from './format-names.js';
import { chalkFor, emit, loadCommandConfig, resolveAsOf, type CommandIO, type GlobalFlags, refuseOutputOverInput } from './io.js';

export { MAP_FORMATS, type MapFormat };

export interface MapFlags extends GlobalFlags {
  format?: string;
  output?: string;
  asOf?: string;
}

/** `cro map <plan>`: 0 drawn, 1 the file is not a valid plan, 2 usage (missing path, bad flag). */
export async function runMap(path: string, flags: MapFlags, io: CommandIO): Promise<number> {
  const format = (flags.format ?? 'tree') as MapFormat;
  if (!MAP_FORMATS.includes(format)) {
    throw new UsageError(`--format ${flags.format}: unknown format${didYouMean(format, MAP_FORMATS)}; use one of ${MAP_FORMATS.join(', ')}`);
  }
  const asOf = resolveAsOf(flags.asOf, io);
  const config = loadCommandConfig(io, flags);
  const criticalRoles = config.data.criticalRoles ?? [...CRITICAL_ROLES];

  const absolute = resolve(io.cwd, path);
  let isFolder: boolean;
  try {
    isFolder = statSync(absolute).isDirectory();
  } catch {
    throw new UsageError(`${path}: no such file; name one plan file, e.g. cro map plans/acme-logistics.yaml`);
  }
  if (isFolder) throw new UsageError(`${path}: is a folder; cro map draws one plan, e.g. cro map ${path.replace(/\/$/, '')}/acme-logistics.yaml`);
  refuseOutputOverInput(flags.output, io, [{ absolute }], { config });

  // The file name and the findings (which quote the plan) go to stderr: one line each.
  const shown = oneLine(displayPath(absolute, io.cwd));
  const read = readPlanBytes(absolute);
  const loaded = read.ok ? loadPlan(read.bytes, { explicit: true }) : null;
  if (!read.ok || !loaded?.plan) {
    // In the order `cro check` lists them.
    const findings = read.ok
      ? [...(loaded?.findings ?? [])].sort(compareFindings)
      : [{ rule: 'yaml-syntax', severity: 'error' as const, message: read.message, line: 1, column: 1, path: '' }];
    io.stderr.write(`cro: ${shown} is not a valid plan, so there is no map to draw:\n`);
    for (const f of findings) io.stderr.write(`${shown}:${f.line}:${f.column}  ${f.severity}  ${oneLine(f.message)}  (${f.rule})\n`);
    io.stderr.write(`Run \`cro check ${shown}\` after fixing it.\n`);
    return 1;
  }

  const map = buildStakeholderMap(loaded.plan, criticalRoles, asOf);
  let text: string;
  if (format === 'mermaid') text = (await import('../map/views/mermaid.js')).renderMermaid(map);
  else if (format === 'dot') text = (await import('../map/views/dot.js')).renderDot(map);
  else {
    const chalk = await chalkFor(io, flags, 'stdout', flags.output !== undefined);
    text = (await import('../map/views/tree.js')).renderTree(map, { chalk });
  }
  await emit(text, flags.output, io);
  return 0;
}
