import { parentPort, workerData } from 'node:worker_threads';
import type { PlanFileRef } from '../files/discover.js';
import { checkBatch, type CheckedFile } from './batch.js';
import { deriveFor, type Want } from './derive.js';
import { fieldsOf, textsOf, type ReportFields, type ReportTexts } from './laid-out-report.js';
import type { CheckSettings } from './settings.js';
import { markMessagesFrom, useLang } from '../i18n/messages.js';

/**
 * A worker thread of the check driver: checks the files it is given, in order, and posts
 * the reports back a slice at a time. With `layOut`, each report's findings come back as
 * the text they are laid out in, which the driver puts in its spool as it receives them:
 * the worker holds no more than a slice, and the driver no findings as objects, so memory
 * stays flat however many workers there are.
 */
export interface WorkerInput {
  refs: PlanFileRef[];
  settings: CheckSettings;
  hashContent: boolean;
  /** Shared counter of files done, for the progress line. */
  done: Int32Array;
  /** What the command asks of each file besides its findings. */
  want?: Want;
  /** Post findings as their laid-out text (the driver spools them) instead of as objects. */
  layOut: boolean;
}

/** A report posted as its fields and laid-out texts. */
export interface PostedReport {
  laidOut: { file: string; fields: Omit<ReportFields, 'coverage'>; texts: ReportTexts } | null;
  hash?: string;
}

export interface WorkerOutput {
  results: Array<CheckedFile | PostedReport>;
  /** The share's last slice. */
  last: boolean;
}

/** Files per message: small enough to hold, large enough that posting costs nothing. */
export const POSTED_SLICE = 100;

const input = workerData as WorkerInput;
// The findings' messages in the run's language (a worker is a fresh module world).
markMessagesFrom(process.env);
useLang(input.settings.context.lang ?? 'en');
const derive = input.want ? deriveFor(input.want) : undefined;

function posted({ report, hash }: CheckedFile): PostedReport {
  const laidOut = report ? { file: report.file, fields: fieldsOf(report), texts: textsOf(report) } : null;
  return hash === undefined ? { laidOut } : { laidOut, hash };
}

async function run(): Promise<void> {
  const { refs } = input;
  for (let from = 0; from < refs.length || from === 0; from += POSTED_SLICE) {
    const checked = await checkBatch(refs.slice(from, from + POSTED_SLICE), input.settings, {
      hashContent: input.hashContent,
      onFileDone: () => Atomics.add(input.done, 0, 1),
      ...(derive ? { derive } : {}),
      posted: true,
    });
    const output: WorkerOutput = { results: input.layOut ? checked.map(posted) : checked, last: from + POSTED_SLICE >= refs.length };
    parentPort!.postMessage(output);
  }
}

// Not a top-level await: the bundle is CommonJS (see scripts/build.mjs). A rejection is an
// uncaught error, which the thread's 'error' event gives to the driver.
void run();
