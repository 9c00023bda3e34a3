import { messages } from '../i18n/messages.js';
import { displayWidth } from './display-width.js';

/** Words wrapped to `width` columns of a terminal (a word longer than the width gets a line of its own). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** "a", "a and b", "a, b and c": lists in messages read as a sentence. */
export function listing(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  // The language's own word: "a, b and c", "a, b ve c".
  const word = messages().common[conjunction];
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "1 plan", "3 plans": a count with its noun. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
