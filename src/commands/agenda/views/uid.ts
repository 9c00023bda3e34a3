import { hash } from 'node:crypto';
import type { AgendaItem } from '../../../method/agenda.js';

/**
 * An item's identity across runs: from its file, kind and subject only — never its line,
 * its date or the day of the run — so that a calendar subscribed to the agenda updates
 * an event when its date moves instead of adding another (RFC 5545 §3.8.4.7). One-shot
 * `crypto.hash` (no Hash object per item: 130,000 items for 10,000 plans).
 */
export function itemUid(item: Pick<AgendaItem, 'file' | 'kind' | 'subject'>): string {
  const digest = hash('sha256', `${item.file}\0${item.kind}\0${item.subject}`, 'hex').slice(0, 32);
  return `${digest}@agenda.cro`;
}
