import type { AgendaItem } from '../../../method/agenda.js';
import { daysBetween } from '../../../util/dates.js';

/** What every view of `cro agenda` is given: the items in agenda order, and what chose them. */
export interface Agenda {
  asOf: string;
  items: AgendaItem[];
  owner?: string;
  segment?: string;
  within?: number;
}

export const GROUPS = ['overdue', 'today', 'week', 'month', 'later'] as const;
export type Group = (typeof GROUPS)[number];

/** Where an item goes in a view that groups them: overdue, today, the next 7 days, the next 30, later. */
export function groupOf(item: AgendaItem, asOf: string): Group {
  if (item.overdue) return 'overdue';
  const days = daysBetween(asOf, item.date);
  if (days === 0) return 'today';
  if (days <= 7) return 'week';
  if (days <= 30) return 'month';
  return 'later';
}

/** The items by group, groups in order and without empty ones; the items keep the agenda's order. */
export function grouped(agenda: Agenda): Array<{ group: Group; items: AgendaItem[] }> {
  const byGroup = new Map<Group, AgendaItem[]>();
  for (const item of agenda.items) {
    const group = groupOf(item, agenda.asOf);
    const list = byGroup.get(group) ?? [];
    list.push(item);
    byGroup.set(group, list);
  }
  return GROUPS.filter((group) => byGroup.has(group)).map((group) => ({ group, items: byGroup.get(group)! }));
}

/** Days an overdue item is late. */
export function daysLate(item: AgendaItem, asOf: string): number {
  return daysBetween(item.date, asOf);
}
