import { messages } from '../../../i18n/messages.js';
import type { AccountTimeline, StateAfter } from '../timeline.js';

export interface HistoryDocument {
  timelines: AccountTimeline[];
  /** Commits the walk read (some may touch no plan: a YAML file that is not one). */
  commits: number;
}

/** "4 of 5 critical roles covered, 1 error, 3 warnings, break-even month 14". */
export function stateText(state: StateAfter | null): string {
  const t = messages().history;
  const d = messages().diff;
  if (state === null) return t.deletedState;
  if (!state.valid) return t.stateInvalid({ errors: state.errors });
  const parts = [t.state(state)];
  if (state.hasEconomics) parts.push(t.stateBreakEven({ breakEven: state.never || state.breakEvenMonth === null ? d.never : d.month({ month: state.breakEvenMonth }) }));
  return parts.join(', ');
}

export const shortCommit = (hash: string) => hash.slice(0, 7);
export const day = (iso: string) => iso.slice(0, 10);
