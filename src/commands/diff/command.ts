import { Git } from '../../git/git.js';
import { DIFF_FORMATS, type DiffFormat } from '../../format-names.js';
import { messages } from '../../i18n/messages.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { chalkFor, emit, loadCommandConfig, refuseOutputOverInput, resolveAsOf, type CommandIO, type GlobalFlags } from '../io.js';
import { compareRange } from './compare.js';
import { resolveRange } from './range.js';
import { scopeOf } from './paths.js';
import { displayer, judgingOf } from './versions.js';
import { diffDocument } from './views/model.js';

export interface DiffFlags extends GlobalFlags {
  format?: string;
  output?: string;
  asOf?: string;
  since?: string;
  failOn?: string;
}

/**
 * `cro diff [<rev>[..<rev>]] [paths…]` (SPEC §9): what changed in each account between
 * two versions of the plans. Exit 0, or 1 with `--fail-on regression` when the change
 * adds error-level findings or loses a critical role's coverage; 2 for a usage error.
 */
export async function runDiff(args: readonly string[], flags: DiffFlags, io: CommandIO): Promise<number> {
  const format = (flags.format ?? 'text') as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) {
    throw new UsageError(messages().errors.unknownFormat({ format: String(flags.format), suggestion: didYouMean(format, DIFF_FORMATS), formats: DIFF_FORMATS.join(', ') }));
  }
  const asOf = resolveAsOf(flags.asOf, io);
  const config = loadCommandConfig(io, flags);
  // The plans come from git, but a report must still never replace one, nor the config.
  refuseOutputOverInput(flags.output, io, [], { config });
  const git = Git.open(io.cwd);
  const range = resolveRange(git, args, { cwd: io.cwd, ...(flags.since === undefined ? {} : { since: flags.since }) });
  const show = displayer(git, io);
  const accounts = await compareRange(git, range, scopeOf(git, range.paths, config, io.cwd), judgingOf(config), asOf, show);
  const doc = diffDocument(range, asOf, accounts);
  let text: string;
  if (format === 'json') text = (await import('./views/json.js')).renderDiffJson(doc);
  else if (format === 'markdown') text = (await import('./views/markdown.js')).renderDiffMarkdown(doc);
  else text = (await import('./views/text.js')).renderDiffText(doc, await chalkFor(io, flags, 'stdout', flags.output !== undefined));
  await emit(text, flags.output, io);
  return flags.failOn === 'regression' && doc.totals.regressions > 0 ? 1 : 0;
}
