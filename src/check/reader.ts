import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readPlanBytes, type ReadOutcome } from '../files/read.js';

/**
 * The read-ahead thread of `cro check` (see read-ahead.ts): reads plan files in order and
 * posts their bytes to the checking thread in batches, moving the buffers rather than
 * copying them. It stays at most WINDOW files ahead of what has been taken, so memory
 * stays bounded however many files there are.
 *
 * It also hands out memory already touched, on `chunks`, as many as the checking thread
 * has asked for: the first write to each fresh page of memory is a page fault, and on the
 * virtual machines CI runs on that costs ~3 ms per megabyte — more than writing the bytes.
 * Faulted in here, the pages cost the checking thread nothing.
 */
export interface ReaderInput {
  files: string[];
  /** The first index this thread reads; the checking thread reads those before it while this one starts. */
  from: number;
  /** Shared: [TAKEN] files the checking thread has taken; [CHUNKS_ASKED] chunks it has asked for. */
  control: Int32Array;
  window: number;
  batch: number;
  chunks: MessagePort;
  chunkBytes: number;
}

export const TAKEN = 0;
export const CHUNKS_ASKED = 1;

export type ReaderBatch = Array<[index: number, outcome: ReadOutcome]>;

const { files, from, control, window, batch: batchSize, chunks, chunkBytes } = workerData as ReaderInput;
let batch: ReaderBatch = [];
let transfer: ArrayBuffer[] = [];
let chunksSent = 0;
const flush = () => {
  if (batch.length === 0) return;
  parentPort!.postMessage(batch, transfer);
  batch = [];
  transfer = [];
};
const handOutChunks = () => {
  while (chunksSent < Atomics.load(control, CHUNKS_ASKED)) {
    const chunk = new ArrayBuffer(chunkBytes);
    const view = new Uint8Array(chunk);
    for (let page = 0; page < chunkBytes; page += 4096) view[page] = 0;
    chunks.postMessage(chunk, [chunk]);
    chunksSent++;
  }
};
for (let index = from; index < files.length; index++) {
  handOutChunks();
  for (;;) {
    const done = Atomics.load(control, TAKEN);
    if (index - done < window) break;
    // Everything read so far is posted before waiting, so the checking thread can always go on.
    flush();
    handOutChunks();
    Atomics.wait(control, TAKEN, done, 1000);
  }
  const outcome = readPlanBytes(files[index]!);
  batch.push([index, outcome]);
  if (outcome.ok) transfer.push(outcome.bytes.buffer as ArrayBuffer);
  if (batch.length >= batchSize) flush();
}
flush();
// Every file is read; memory is still wanted until the checking thread is done (it stops this thread).
for (;;) {
  handOutChunks();
  Atomics.wait(control, TAKEN, Atomics.load(control, TAKEN), 1000);
}
