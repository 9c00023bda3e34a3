import { oneLine } from '../text/terminal-text.js';
import { formatCount } from '../text/numbers.js';
import { messages } from '../i18n/messages.js';
/**
 * The progress line of a long check: on a terminal only, never in CI logs, and only once
 * a run has taken about a second, so short runs print nothing extra.
 */
export interface Progress {
  update(done: number, current: string): void;
  finish(): void;
}

const silent: Progress = { update() {}, finish() {} };

export function createProgress(
  stream: { write(text: string): unknown; isTTY?: boolean },
  env: NodeJS.ProcessEnv,
  total: number,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY || env.CI || env.TERM === 'dumb') return silent;
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  let shown = '';
  return {
    update(done, current) {
      const at = now();
      if (at - started < 1000 || at - lastDraw < 100) return;
      lastDraw = at;
      drawn = true;
      // A file name is the user's text on their terminal: never an escape sequence.
      if (current !== '') shown = oneLine(current.length > 50 ? `…${current.slice(-49)}` : current);
      stream.write(`\r\u001b[K${messages().check.progress({ done: formatCount(done), total: formatCount(total) })}  ${shown}`);
    },
    finish() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
