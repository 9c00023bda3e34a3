import { messages } from '../i18n/messages.js';
import { closest } from '../util/suggest.js';

/**
 * ` (did you mean "stance"?)` after a misspelt word, in the language in use; '' when
 * nothing is close. util/suggest.ts's didYouMean says the same in English only.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : messages().plan.didYouMean({ suggestion });
}
