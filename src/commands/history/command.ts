import { Git } from '../../git/git.js';
import { HISTORY_FORMATS, type HistoryFormat } from '../../format-names.js';
import { messages } from '../../i18n/messages.js';
import { isCalendarDate } from '../../util/dates.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { VERSION } from '../../version.js';
import { chalkFor, emit, loadCommandConfig, refuseOutputOverInput, type CommandIO, type GlobalFlags } from '../io.js';
import { scopeOf } from '../diff/paths.js';
import { displayer, judgingOf } from '../diff/versions.js';
import { buildTimelines } from './timeline.js';

export interface HistoryFlags extends GlobalFlags {
  format?: string;
  output?: string;
  since?: string;
}

/** `cro history [paths…]` (SPEC §9): each account's timeline from git. Exit 0, or 2 for a usage error. */
export async function runHistory(paths: readonly string[], flags: HistoryFlags, io: CommandIO): Promise<number> {
  const format = (flags.format ?? 'text') as HistoryFormat;
  if (!HISTORY_FORMATS.includes(format)) {
    throw new UsageError(messages().errors.unknownFormat({ format: String(flags.format), suggestion: didYouMean(format, HISTORY_FORMATS), formats: HISTORY_FORMATS.join(', ') }));
  }
  const config = loadCommandConfig(io, flags);
  if (flags.since !== undefined && !isCalendarDate(flags.since)) throw new UsageError(messages().diff.sinceNotDate({ value: flags.since }));
  // The plans come from git, but a report must still never replace one, nor the config.
  refuseOutputOverInput(flags.output, io, [], { config });
  const git = Git.open(io.cwd);
  // A repository without commits has no history yet: an empty timeline, not an error.
  // The walk covers every plan, so that a plan renamed into a given path keeps its history from before.
  const scope = scopeOf(git, paths, config, io.cwd);
  const commits = git.hasHead() ? git.log(scope.pathspecs, flags.since === undefined ? {} : { since: flags.since }) : [];
  // A path that is not in the working tree and that no commit walked touched names nothing (a deleted plan's path is fine).
  const unknown = scope.missing(commits.flatMap((c) => c.files));
  if (unknown !== undefined) throw new UsageError(messages().diff.git.noSuchPathInHistory({ path: unknown }));
  const boundaries = git.shallowBoundaries();
  const timelines = await buildTimelines(git, commits, judgingOf(config), displayer(git, io), boundaries, scope.keeps);
  if (boundaries.size > 0) {
    const first = commits.find((c) => boundaries.has(c.hash)) ?? commits[0];
    if (first) io.stderr.write(`cro: ${messages().diff.git.shallow({ date: first.date.slice(0, 10) })}\n`);
  }
  const doc = { timelines, commits: commits.length };
  let text: string;
  if (format === 'json') text = (await import('./views/json.js')).renderHistoryJson(doc);
  else if (format === 'markdown') text = (await import('./views/markdown.js')).renderHistoryMarkdown(doc);
  else if (format === 'html') text = (await import('./views/html.js')).renderHistoryHtml(doc, { version: VERSION });
  else text = (await import('./views/text.js')).renderHistoryText(doc, await chalkFor(io, flags, 'stdout', flags.output !== undefined));
  await emit(text, flags.output, io);
  return 0;
}
