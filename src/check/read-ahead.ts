import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import type { ReaderBatch, ReaderInput } from './reader.js';

/*
 * Reading 10,000 plan files costs the checking thread ~0.3 s of system calls. A second
 * thread reads ahead while this one parses and checks, so reading overlaps with the work
 * instead of adding to it. The files are read in the same order and by the same function
 * as without it, so the results cannot differ.
 */

/** The slots of ReaderInput.taken. */
export const TAKEN = 0;
export const WAKE_AT = 1;

export interface ReadAhead {
  /** The outcome of reading files[index]; indexes are taken in increasing order. */
  take(index: number): ReadOutcome | Promise<ReadOutcome>;
  /** Stops the reader (a run that ends early); idempotent. */
  close(): void;
}

export interface ReadAheadOptions {
  /** Below this many files, starting a thread (~30 ms) costs more than it saves. */
  minFiles?: number;
  /** Files the checking thread reads itself while the reader starts. */
  headStart?: number;
  /** Files read ahead at most: with plans of a few kilobytes, about a megabyte in flight. */
  window?: number;
  /** Files per message from the reader. */
  batch?: number;
  /** The reader's bundle; tests name dist/reader.cjs, since sources have none. */
  readerFile?: URL;
}

/** Reads `files` ahead on a thread, or undefined when the run is small or the reader's bundle is absent (tests from sources). */
export function startReadAhead(files: readonly string[], options: ReadAheadOptions = {}): ReadAhead | undefined {
  const { minFiles = 300, headStart = 100, window = 512, batch = 32, readerFile = new URL('./reader.cjs', import.meta.url) } = options;
  if (files.length < minFiles) return undefined;
  if (readerFile.protocol !== 'file:' || !existsSync(fileURLToPath(readerFile))) return undefined;
  const { Worker } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');

  const taken = new Int32Array(new SharedArrayBuffer(8));
  const outcomes: Array<ReadOutcome | undefined> = new Array(files.length);
  let waiting: { index: number; resolve: (outcome: ReadOutcome) => void } | undefined;
  let failed = false;

  const input: ReaderInput = { files: [...files], from: headStart, taken, window, batch };
  const reader = new Worker(readerFile, { workerData: input });
  // The reader must never keep a finished run alive.
  reader.unref();
  const settle = () => {
    if (!waiting) return;
    const outcome = outcomes[waiting.index] ?? (failed ? readPlanBytes(files[waiting.index]!) : undefined);
    if (outcome === undefined) return;
    outcomes[waiting.index] = undefined;
    const { resolve } = waiting;
    waiting = undefined;
    resolve(outcome);
  };
  reader.on('message', (batch: ReaderBatch) => {
    for (const [index, outcome] of batch) outcomes[index] = outcome;
    settle();
  });
  // A reader that cannot run (no threads left, say) only costs speed: this thread reads instead.
  reader.on('error', () => {
    failed = true;
    settle();
  });

  return {
    take(index) {
      Atomics.store(taken, TAKEN, index + 1);
      if (index + 1 >= Atomics.load(taken, WAKE_AT)) Atomics.notify(taken, TAKEN);
      if (index < headStart || failed) return readPlanBytes(files[index]!);
      const outcome = outcomes[index];
      if (outcome !== undefined) {
        outcomes[index] = undefined; // taken: the bytes are the caller's now
        return outcome;
      }
      return new Promise((resolve) => {
        waiting = { index, resolve };
      });
    },
    close() {
      void reader.terminate();
    },
  };
}
