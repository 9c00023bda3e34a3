import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanFileRef } from '../files/discover.js';
import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import { checkBatch, contentHash, type CheckedFile } from './batch.js';
import type { CheckCache } from './cache.js';
import { readStamp, type FileStamp } from './file-stamp.js';
import type { Progress } from './progress.js';
import { startReadAhead } from './read-ahead.js';
import { tightenHeapGrowth } from './heap.js';
import { letSignalsIn } from '../util/interrupt.js';
import { Utf8Spool } from '../util/utf8-spool.js';
import { summarize, type CheckReport, type FileReport } from './check-one.js';
import type { CheckSettings } from './settings.js';
import type { Derive, Want } from './derive.js';
import { layOutText } from './laid-out-report.js';
import type { PostedReport, WorkerInput, WorkerOutput } from './worker.js';

/*
 * The one driver every command reads plans through (`check`, `report`, `breakeven`, `map`;
 * `diff` and `history` hand it the bytes git holds, see JobOptions.read):
 * it owns the cache, the read-ahead thread, the worker threads and the spool, and hands the
 * command one run — a summary and the files in order, each with its findings and what the
 * command asked of it (derive.ts). The check of one file itself is pure (batch.ts, checkOne).
 */

export interface JobOptions {
  cache?: CheckCache;
  progress?: Progress;
  /** Worker threads to use besides this one; default: one per core beyond the second, for large runs. */
  workers?: number;
  /** Hold each file's findings here, as the bytes of `--format json`, instead of as objects (see laid-out-report.ts). */
  layOutInto?: Utf8Spool;
  /**
   * What the command asks of each file besides its findings: `want` crosses to the worker
   * threads, which answer it with derive.ts; `derive` answers it in this thread (passed in,
   * so that `cro check`, which wants nothing, does not load what the others need).
   */
  derive?: { want: Want; answer: Derive };
  /**
   * The bytes of each file, instead of reading `ref.absolute` from disk: `cro diff` and
   * `cro history` check versions of plans that git holds. The run is then this thread's
   * alone (no cache, read-ahead or workers: the bytes are already in memory).
   */
  read?: (ref: PlanFileRef) => ReadOutcome;
}

/** A run whose every file carries what the command asked of it (see derive.ts). */
export interface DerivedRun<T> extends CheckReport {
  files: Array<FileReport & { derived: T }>;
}

/**
 * A check whose report is written from the run's spool and cache: checks the files, hands
 * the report to `write`, then saves the cache and closes both, whatever happens. The order
 * is this function's, not each command's: findings are read back from the spool and from
 * the old cache file while the report is written, and the cache can be saved only then,
 * once it knows which stored findings failed their check (cache.ts).
 */
export async function checkThenWrite<T>(
  refs: readonly PlanFileRef[],
  settings: CheckSettings,
  options: Omit<JobOptions, 'cache' | 'layOutInto'> & { openCache?: () => Promise<CheckCache> },
  write: (report: CheckReport, spool: Utf8Spool) => Promise<T>,
): Promise<T> {
  const { openCache, ...rest } = options;
  // A cached report was stored without what selection reads (the account's owner and
  // segment): a run choosing plans checks every file afresh, and leaves the cache as it is.
  const cache = openCache && !settings.select ? await openCache() : undefined;
  const spool = new Utf8Spool();
  try {
    const report = await runChecks(refs, settings, { ...rest, layOutInto: spool, ...(cache ? { cache } : {}) });
    try {
      return await write(report, spool);
    } finally {
      await cache?.save();
    }
  } finally {
    spool.close();
    cache?.close();
  }
}

/** Files this thread checks between turns of the event loop. */
const SLICE = 50;

/**
 * Each worker is a heap of its own, and V8 gives each a young generation of up to ~48 MB:
 * with two workers `cro check` of 10,000 plans peaked at 245 MB. A worker keeps nothing
 * alive beyond the slice it is about to post, so a small one costs no measurable time
 * (10,000 plans, CRO_WORKERS=1: 2.25 s either way). At 8 MB, `cro report` peaked at 206 MB
 * with two workers, as its accounts outlive the run; at 4 MB, 192 MB (check: 183 MB), with
 * no change in time beyond the noise of the machine (2 MB saved 8 MB more and looked slower).
 */
const WORKER_YOUNG_GENERATION_MB = 4;

/** Below this many files, starting a worker costs more than it saves. */
const FILES_PER_WORKER = 400;

/**
 * Checks files with every core: this thread takes the first share while worker threads
 * take the rest, each in file order, so the result is the same as a single-threaded run.
 */
export async function runChecks(refs: readonly PlanFileRef[], settings: CheckSettings, options: JobOptions = {}): Promise<CheckReport> {
  const { progress, read } = options;
  const cache = read ? undefined : options.cache;
  const results: Array<CheckedFile | undefined> = new Array(refs.length);
  const pending: number[] = [];
  const stamps: Array<FileStamp | undefined> = new Array(refs.length);
  refs.forEach((ref, index) => {
    if (cache) {
      const stamp = readStamp(ref.absolute);
      stamps[index] = stamp;
      const unchanged = stamp === undefined ? undefined : cache.lookup(ref.absolute, stamp);
      if (unchanged && answers(unchanged.report, ref)) {
        unchanged.report.file = ref.display;
        results[index] = { report: unchanged.report, hash: unchanged.hash };
        return;
      }
      const outcome = readPlanBytes(ref.absolute);
      if (outcome.ok) {
        const hash = contentHash(outcome.bytes);
        const cached = cache.get(ref.absolute, hash);
        if (cached && answers(cached, ref)) {
          cached.file = ref.display;
          results[index] = { report: cached, hash };
          return;
        }
      }
    }
    pending.push(index);
  });

  tightenHeapGrowth(pending.length);
  const workerFile = new URL('./worker.cjs', import.meta.url);
  // Run from the sources (tests) there is no bundled worker: check in this thread only.
  const canSpawn = workerFile.protocol === 'file:' && existsSync(fileURLToPath(workerFile));
  // One core is left to V8's own garbage-collector and compiler threads: measured on two
  // cores, a worker beside this thread made the run slower (each thread's share took ~50%
  // longer than alone), so workers start only from three cores on.
  const wanted = Math.min(options.workers ?? availableParallelism() - 2, Math.floor(pending.length / FILES_PER_WORKER));
  const workers = canSpawn && !read ? Math.max(0, wanted) : 0;

  const done = new Int32Array(new SharedArrayBuffer(4));
  const total = refs.length;
  const skipped = total - pending.length;
  const shares = split(pending, workers + 1);
  const running = shares.slice(1).map((share) =>
    startWorker(workerFile, { refs: share.map((i) => refs[i]!), settings, hashContent: cache !== undefined, done, layOut: options.layOutInto !== undefined, ...(options.derive ? { want: options.derive.want } : {}) }, options.layOutInto),
  );
  // Awaited below; until then a worker's failure must not be an unhandled rejection, which
  // Node prints as a raw stack trace with exit 1 when this thread's own share fails first.
  for (const worker of running) worker.catch(() => {});

  // This thread's share goes in slices with a turn of the event loop between them: a
  // worker that is still starting needs this thread's event loop, and so does a Ctrl-C,
  // which one long synchronous loop here would keep waiting until the share was done.
  const own = shares[0] ?? [];
  // CRO_WORKERS=0 asks for one thread: no reader either.
  const readAhead = options.workers === 0 || read ? undefined : startReadAhead(own.map((i) => refs[i]!.absolute));
  try {
    for (let from = 0; from < own.length; from += SLICE) {
      await letSignalsIn();
      const slice = own.slice(from, from + SLICE);
      const onFileDone = () => {
        const count = Atomics.add(done, 0, 1) + 1;
        progress?.update(skipped + count, '');
      };
      const take = read ? (position: number) => read(refs[slice[position]!]!) : readAhead && ((position: number) => readAhead.take(from + position));
      const sliceResults = await checkBatch(
        slice.map((i) => refs[i]!),
        settings,
        {
          hashContent: cache !== undefined,
          onFileDone,
          ...(take ? { take } : {}),
          ...(options.layOutInto ? { layOutInto: options.layOutInto } : {}),
          ...(options.derive ? { derive: options.derive.answer } : {}),
        },
      );
      slice.forEach((index, k) => (results[index] = sliceResults[k]));
      progress?.update(skipped + Atomics.load(done, 0), refs[slice[slice.length - 1]!]!.display);
    }
  } finally {
    readAhead?.close();
  }

  // Keep the progress line moving while the workers finish their shares.
  const ticker = progress && running.length > 0 ? setInterval(() => progress.update(skipped + Atomics.load(done, 0), ''), 100) : undefined;
  const workerResults = await Promise.all(running).finally(() => clearInterval(ticker));
  workerResults.forEach((batch, w) => shares[w + 1]!.forEach((index, k) => (results[index] = batch[k])));
  progress?.finish();

  const files: FileReport[] = [];
  results.forEach((result, index) => {
    if (!result?.report) return;
    if (cache && result.hash !== undefined && !result.hash.startsWith('unreadable:')) cache.set(refs[index]!.absolute, result.hash, result.report, stamps[index]);
    files.push(result.report);
  });
  return { files, summary: summarize(files) };
}

/** CRO_WORKERS=n caps the worker threads (0: one thread, without the read-ahead thread either), for benchmarks and constrained CI runners. */
export function workersFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.CRO_WORKERS;
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * Whether a cached report stands for this run's file. YAML that is not a plan is reported
 * only when named, so its entry, made when it was, does not answer for a folder scan,
 * which skips it.
 */
function answers(cached: FileReport, ref: PlanFileRef): boolean {
  return ref.explicit || !cached.notAPlan;
}

function startWorker(file: URL, input: WorkerInput, spool: Utf8Spool | undefined): Promise<CheckedFile[]> {
  return import('node:worker_threads').then(
    ({ Worker }) =>
      new Promise<CheckedFile[]>((resolve, reject) => {
        const worker = new Worker(file, { workerData: input satisfies WorkerInput, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        const results: CheckedFile[] = [];
        // Each slice goes into the spool as it arrives, so neither thread holds a share's findings.
        worker.on('message', (message: WorkerOutput) => {
          for (const result of message.results) results.push(spool && 'laidOut' in result ? received(result, spool) : (result as CheckedFile));
          if (message.last) resolve(results);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`a check worker stopped with exit code ${code}`));
        });
      }),
  );
}

function received({ laidOut, hash }: PostedReport, spool: Utf8Spool): CheckedFile {
  const report = laidOut && layOutText(laidOut.file, laidOut.fields, laidOut.texts, spool);
  return hash === undefined ? { report } : { report, hash };
}

/** Splits indexes into `parts` contiguous runs of near-equal length. */
function split<T>(items: readonly T[], parts: number): T[][] {
  const out: T[][] = [];
  const size = Math.ceil(items.length / parts);
  for (let i = 0; i < parts; i++) out.push(items.slice(i * size, (i + 1) * size));
  return out;
}
