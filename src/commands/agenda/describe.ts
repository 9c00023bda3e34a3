import type { AgendaItem } from '../../method/agenda.js';
import { messages } from '../../i18n/messages.js';
import { listing } from '../../text/words.js';

/** What to do, in a sentence in the language in use: every view says an item with this. */
export function describeItem(item: AgendaItem): string {
  const says = messages().agenda.items;
  switch (item.kind) {
    case 'contact':
      return says.contact({ name: item.name, last: item.lastContact ?? '' });
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
      return says.renewalPrep({ date: item.renewalDate ?? item.date });
    case 'renewal':
      return says.renewal({ overdue: item.overdue });
    case 'fix-before-renewal':
      return says.fixBeforeRenewal({ errors: item.errors ?? 0, date: item.renewalDate ?? item.date });
  }
}

/** `file:line`, as an editor opens it. */
export function whereOf(item: AgendaItem): string {
  return `${item.file}:${item.line}`;
}
