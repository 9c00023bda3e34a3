import { MESSAGE_END, MESSAGE_START } from '../../src/i18n/messages.js';

/*
 * With CRO_I18N_MARK=1 every catalog message comes out between MESSAGE_START and
 * MESSAGE_END (src/i18n/messages.ts). What is left once they are gone is text cro wrote
 * around the catalog, which must be data only (SPEC §11). These helpers remove the
 * messages and the data a test names, and return the words that remain.
 */

const INNERMOST = new RegExp(`${MESSAGE_START}[^${MESSAGE_START}${MESSAGE_END}]*${MESSAGE_END}`, 'g');

/** The text without its catalog messages; a message may hold another (a description inside `what-if: …`). */
export function withoutMessages(text: string): string {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(INNERMOST, '');
  }
  return out;
}

/** Words of three letters or more left after removing the messages, then each of `data` (strings or patterns). */
export function unmarkedWords(text: string, data: ReadonlyArray<string | RegExp>): string[] {
  let out = withoutMessages(text);
  for (const item of data) out = typeof item === 'string' ? out.split(item).join(' ') : out.replace(new RegExp(item.source, item.flags.includes('g') ? item.flags : `${item.flags}g`), ' ');
  return out.match(/[A-Za-z]{3,}/g) ?? [];
}

/** Flags as the user types them (`--max-warnings`, `-f`): names, not words (SPEC §11). */
export const FLAGS = /(?<![\w-])--?[a-zA-Z][\w-]*/;
