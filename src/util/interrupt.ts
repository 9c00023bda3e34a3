/**
 * Turns of the event loop, so that a Ctrl-C (or SIGTERM) that arrived during synchronous
 * work is acted on now. bin/cro.js ends the process on those signals, and a signal's
 * handler runs only between turns: a long run that never yields would finish, write its
 * report and cache, and only then stop. Temporary files of a write under way are removed
 * as the process exits (files/write.ts), so what was being written is left as it was.
 *
 * Two turns, not one: a signal that arrived during synchronous work reaches its handler
 * in the poll phase of the loop, and one setImmediate resolves in the check phase of the
 * same iteration before that poll has seen it (measured: after a second of work, SIGINT
 * was still pending after one setImmediate, and handled after two, every time).
 */
export function letSignalsIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
