import { messages } from '../i18n/messages.js';
import { foldName } from '../text/fold.js';
import { UsageError } from '../util/errors.js';

/*
 * `--owner <name>` and `--segment <name>` (SPEC §10): which plans a run reads, by
 * `account.owner` and `account.segment`, ignoring case and accents. Evaluated in the
 * check of each file (check-one.ts), on what the file says, wherever it is checked: an
 * unselected plan is dropped there, like YAML that is not a plan, so no command sees it.
 */
export interface PlanSelection {
  owner?: string;
  segment?: string;
}

/** The selection of a command's flags; undefined when they choose every plan. */
export function selectionOf(flags: { owner?: string; segment?: string }): PlanSelection | undefined {
  const selection: PlanSelection = {};
  if (flags.owner !== undefined) selection.owner = nameFlag('--owner', flags.owner);
  if (flags.segment !== undefined) selection.segment = nameFlag('--segment', flags.segment);
  return Object.keys(selection).length === 0 ? undefined : selection;
}

/**
 * The name a `--owner` / `--segment` gives. An empty one (`--owner "$OWNER"` with the
 * variable unset) would match no plan, and the run pass in silence over none: exit 2.
 */
export function nameFlag(flag: '--owner' | '--segment', value: string): string {
  if (value.trim() === '') throw new UsageError(messages().agenda.selection.emptyName({ flag }));
  return value;
}

/**
 * Whether a file whose account says this is chosen. A file whose owner or segment cannot
 * be read (it does not parse) is not: nothing says it belongs to the selection.
 */
export function isSelected(selection: PlanSelection, account: { owner?: unknown; segment?: unknown } | undefined): boolean {
  return matches(selection.owner, account?.owner) && matches(selection.segment, account?.segment);
}

function matches(wanted: string | undefined, value: unknown): boolean {
  if (wanted === undefined) return true;
  return typeof value === 'string' && foldName(value) === foldName(wanted);
}
