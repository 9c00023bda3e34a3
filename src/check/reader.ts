import { parentPort, workerData } from 'node:worker_threads';
import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import { TAKEN, WAKE_AT } from './read-ahead.js';

/**
 * The read-ahead thread of `cro check` (see read-ahead.ts): reads plan files in order and
 * posts their bytes to the checking thread in batches, moving the buffers rather than
 * copying them. It stays at most WINDOW files ahead of what has been taken, so memory
 * stays bounded however many files there are.
 */
export interface ReaderInput {
  files: string[];
  /** The first index this thread reads; the checking thread reads those before it while this one starts. */
  from: number;
  /** Shared: how many files the checking thread has taken (TAKEN), and from how many on it should wake this thread (WAKE_AT). */
  taken: Int32Array;
  window: number;
  batch: number;
}

export type ReaderBatch = Array<[index: number, outcome: ReadOutcome]>;

const { files, from, taken, window, batch: batchSize } = workerData as ReaderInput;
let batch: ReaderBatch = [];
let transfer: ArrayBuffer[] = [];
const flush = () => {
  if (batch.length === 0) return;
  parentPort!.postMessage(batch, transfer);
  batch = [];
  transfer = [];
};
for (let index = from; index < files.length; index++) {
  for (;;) {
    const done = Atomics.load(taken, TAKEN);
    if (index - done < window) break;
    // Everything read so far is posted before waiting, so the checking thread can always go on.
    flush();
    // Woken once half the window is taken, not after every batch: each wake-up is a round
    // trip between the cores, which on a small VM cost more than the reading it started.
    Atomics.store(taken, WAKE_AT, index - (window >> 1));
    Atomics.wait(taken, TAKEN, done, 1000);
  }
  const outcome = readPlanBytes(files[index]!);
  batch.push([index, outcome]);
  if (outcome.ok) transfer.push(outcome.bytes.buffer as ArrayBuffer);
  if (batch.length >= batchSize) flush();
}
flush();
