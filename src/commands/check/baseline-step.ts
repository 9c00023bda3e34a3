import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { applyBaseline, baselineKey, countsOf, mergeCounts, readBaseline, total, writeBaseline, type Baseline } from '../../check/baseline.js';
import type { CheckReport } from '../../check/check-one.js';
import type { Config } from '../../config/load.js';
import { messages } from '../../i18n/messages.js';
import { formatCount } from '../../text/numbers.js';
import { UsageError } from '../../util/errors.js';
import type { CommandIO } from '../io.js';

export interface BaselineFlags {
  /** A file; false for `--no-baseline`. */
  baseline?: string | false;
  baselineWrite?: string;
  baselinePrune?: boolean;
}

/**
 * `cro check`'s baseline (SPEC §12), as one step between the run and its report: checked
 * before the run (a bad flag or file is exit 2 before any plan is read), then applied to
 * the run's report. Without a baseline, the report passes through untouched.
 */
export function baselineStep(flags: BaselineFlags, config: Config, io: CommandIO): ((report: CheckReport) => Promise<CheckReport>) | undefined {
  const words = messages().adopt;
  if (flags.baselineWrite !== undefined && flags.baselinePrune) throw new UsageError(words.writeAndPrune);
  const named = flags.baseline === false ? undefined : flags.baseline;
  const fromConfig = flags.baseline === false || named !== undefined ? undefined : config.data.baseline;
  const using = named !== undefined ? { path: resolve(io.cwd, named), shown: named } : fromConfig !== undefined ? { path: resolve(config.dir, fromConfig), shown: fromConfig } : undefined;
  if (flags.baselinePrune && !using) throw new UsageError(words.pruneNeedsBaseline);
  const writing = flags.baselineWrite === undefined ? undefined : { path: resolve(io.cwd, flags.baselineWrite), shown: flags.baselineWrite };
  // Read now, so that a baseline that cannot be used stops the run before it starts; the
  // one to be written is read too if it exists (its other files' entries are kept, and
  // what is not a baseline is never replaced by one).
  const current = using && !(writing && writing.path === using.path) ? readBaseline(using.path, using.shown) : undefined;
  const previous = writing && existsSync(writing.path) ? readBaseline(writing.path, writing.shown) : undefined;
  if (!using && !writing) return undefined;

  return async (report) => {
    let baseline: Baseline | undefined = current;
    if (writing) {
      const fresh = countsOf(report, io.cwd, writing.path);
      const counts = mergeCounts(previous?.counts, fresh, report.files.map((file) => baselineKey(file.file, io.cwd, writing.path)));
      await writeBaseline(writing, counts);
      io.stderr.write(`cro: ${words.written({ count: formatCount(total(fresh)), file: writing.shown })}\n`);
      // What was just written is what this run is then measured against.
      if (!using || using.path === writing.path) baseline = { ...writing, counts };
    }
    if (!baseline) return report;
    const applied = applyBaseline(report, baseline, io.cwd);
    if (flags.baselinePrune) {
      // Entries of plans this run did not check are kept, unless the plan is gone.
      const kept = applied.stillOccurring;
      for (const key of kept.keys()) if (!existsSync(resolve(dirname(baseline.path), key))) kept.delete(key);
      const dropped = total(baseline.counts) - total(kept);
      if (dropped > 0) await writeBaseline(baseline, kept);
      io.stderr.write(`cro: ${words.pruned({ count: formatCount(dropped), file: baseline.shown })}\n`);
    }
    io.stderr.write(`cro: ${words.baselined({ count: formatCount(applied.baselined), file: baseline.shown })}\n`);
    return applied.report;
  };
}
