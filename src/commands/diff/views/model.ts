import type { AccountDiff } from '../../../method/plan-diff.js';
import { totalsOf, type DiffTotals } from '../../../method/plan-diff.js';
import type { Range, Side } from '../range.js';

/** What every view of `cro diff` draws. */
export interface DiffDocument {
  range: Range;
  asOf: string;
  accounts: AccountDiff[];
  totals: DiffTotals;
}

export function diffDocument(range: Range, asOf: string, accounts: AccountDiff[]): DiffDocument {
  return { range, asOf, accounts, totals: totalsOf(accounts) };
}

/** "main (1a2b3c4)", or the working tree's name. */
export function sideLabel(side: Side, workingTree: string): string {
  if (side.commit === null) return workingTree;
  const short = side.commit.slice(0, 7);
  return side.revision === null || side.revision === side.commit ? short : `${side.revision} (${short})`;
}

export function headlineOf(totals: DiffTotals, say: (t: { accounts: number; rolesCovered: number; rolesLost: number; newDetractors: number; detractorsWon: number; fixed: number; added: number }) => string): string {
  return say({ ...totals, added: totals.new });
}
