/**
 * A turn of the event loop, so that a Ctrl-C (or SIGTERM) that arrived during synchronous
 * work is acted on now. bin/cro.js ends the process on those signals, and a signal's
 * handler runs only between turns: a long run that never yields would finish, write its
 * report and cache, and only then stop. Temporary files of a write under way are removed
 * as the process exits (files/write.ts), so what was being written is left as it was.
 */
export function letSignalsIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
