import type { AgendaItem } from '../../method/agenda.js';
import { messages } from '../../i18n/messages.js';
import { listing } from '../../text/words.js';

/**
 * What to do, in a sentence in the language in use: every view says an item with this.
 * `date` writes the dates it quotes (ISO unless a view writes them as the language does).
 */
export function describeItem(item: AgendaItem, date: (iso: string) => string = (iso) => iso): string {
  const says = messages().agenda.items;
  switch (item.kind) {
    case 'contact':
      return says.contact({ name: item.name, last: date(item.lastContact ?? '') });
    case 'win-plan':
      return says.winPlan({ name: item.name, actions: listing(item.actions ?? []) });
    case 'milestone':
      return says.milestone({ name: item.name });
    case 'review': {
      const missing = item.missing ?? [];
      const names = messages().rules['milestone-review'].perspective;
      return says.review({ name: item.name, missing: listing(missing.map((perspective) => names[perspective])), partial: missing.length < 4 });
    }
    case 'renewal-prep':
      return says.renewalPrep({ date: date(item.renewalDate ?? item.date) });
    case 'renewal':
      return says.renewal({ overdue: item.overdue });
    case 'suppression-expires':
      return says.suppressionExpires({ rules: listing(item.rules ?? []), reason: item.reason ?? '' });
    case 'fix-before-renewal':
      return says.fixBeforeRenewal({ errors: item.errors ?? 0, date: date(item.renewalDate ?? item.date) });
  }
}

/** `file:line`, as an editor opens it. */
export function whereOf(item: AgendaItem): string {
  return `${item.file}:${item.line}`;
}
