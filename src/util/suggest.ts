import { messages } from '../i18n/messages.js';

/**
 * Edit distance where swapping two neighbouring letters is one edit, like an insertion,
 * deletion or substitution (optimal string alignment): "titel" is one edit from "title",
 * the commonest typo of all, not two.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate to a misspelt word, or undefined when nothing is close enough
 * to be a plausible typo (a third of the word's length, at least one edit).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : messages().errors.didYouMean({ suggestion });
}

/**
 * The candidate a misspelt *name* most likely means, where the user may have typed only
 * its start (`harbr` for `harbor-and-vine-grocers`): the closest of the whole names, else
 * of the starts of their words cut to the length typed. Case does not count; `fold`
 * may also drop accents. Undefined when nothing is within a plausible typo.
 */
export function closestName(word: string, candidates: readonly string[], fold: (text: string) => string = (text) => text.toLowerCase()): string | undefined {
  const typed = fold(word);
  if (typed === '') return undefined;
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const name = fold(candidate);
    let score = editDistance(typed, name);
    // A typo of the start of a word of the name: half an edit more than the same typo of the whole name.
    const starts = [0, ...[...name.matchAll(/[\s\-_.]+/g)].map((m) => m.index! + m[0].length)];
    for (const start of starts) {
      for (const length of [typed.length - 1, typed.length, typed.length + 1]) {
        if (length <= 0 || start + length > name.length) continue;
        score = Math.min(score, editDistance(typed, name.slice(start, start + length)) + 0.5);
      }
    }
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return bestScore <= limit + 0.5 ? best : undefined;
}
