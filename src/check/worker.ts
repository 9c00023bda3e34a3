import { parentPort, workerData } from 'node:worker_threads';
import type { PlanFileRef } from '../files/discover.js';
import { checkBatch, type CheckedFile } from './batch.js';
import type { CheckSettings } from './settings.js';

/** A worker thread of `cro check`: checks the files it is given and posts the reports back in order. */
export interface WorkerInput {
  refs: PlanFileRef[];
  settings: CheckSettings;
  hashContent: boolean;
  /** Shared counter of files done, for the progress line. */
  done: Int32Array;
}

export interface WorkerOutput {
  results: CheckedFile[];
}

const input = workerData as WorkerInput;
// Not a top-level await: the bundle is CommonJS (see scripts/build.mjs). A rejection is an
// uncaught error, which the thread's 'error' event gives to the job.
void checkBatch(input.refs, input.settings, { hashContent: input.hashContent, onFileDone: () => Atomics.add(input.done, 0, 1) }).then((results) =>
  parentPort!.postMessage({ results } satisfies WorkerOutput),
);
