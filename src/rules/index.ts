import breakevenHorizon from './breakeven-horizon.js';
import criticalRoles from './critical-roles.js';
import crossFunctionalTeam from './cross-functional-team.js';
import detractorOverdue from './detractor-overdue.js';
import detractorPlan from './detractor-plan.js';
import economics from './economics.js';
import milestoneReview from './milestone-review.js';
import newBuyTargets from './new-buy-targets.js';
import okrs from './okrs.js';
import referrers from './referrers.js';
import renewalDate from './renewal-date.js';
import renewalRequirements from './renewal-requirements.js';
import roleBackup from './role-backup.js';
import staleContact from './stale-contact.js';
import stakeholderNeeds from './stakeholder-needs.js';
import twoMessages from './two-messages.js';
import suppression from './suppression.js';
import type { AnyRule } from './types.js';

/**
 * Every coverage rule of SPEC §5, in the order `cro rules` lists them. `schema` and
 * `yaml-syntax` are not here: they come from the loader and are always errors.
 */
export const allRules: readonly AnyRule[] = [
  criticalRoles,
  roleBackup,
  detractorPlan,
  detractorOverdue,
  stakeholderNeeds,
  referrers,
  renewalRequirements,
  twoMessages,
  crossFunctionalTeam,
  milestoneReview,
  renewalDate,
  newBuyTargets,
  economics,
  breakevenHorizon,
  staleContact,
  okrs,
  suppression,
];

export const ALWAYS_ERROR_RULES = ['schema', 'yaml-syntax'] as const;

export function findRule(id: string): AnyRule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
