/** The words of the method (SPEC §1–§2), shared by the schema, the rules and the templates. */
export const FUNCTIONS = ['sales', 'marketing', 'customer-success', 'support', 'product', 'executive', 'other'] as const;
export const GROUPS = ['renew', 'new-buy'] as const;
export const ROLES = ['end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor', 'other'] as const;
export const CRITICAL_ROLES = ['end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor'] as const;
export const STANCES = ['advocate', 'supporter', 'neutral', 'detractor', 'unknown'] as const;
export const OBJECTION_KINDS = ['competitor', 'poor-fit', 'concern'] as const;
export const PERSPECTIVES = ['customer', ...FUNCTIONS] as const;

export type TeamFunction = (typeof FUNCTIONS)[number];
export type Group = (typeof GROUPS)[number];
export type Role = (typeof ROLES)[number];
export type Stance = (typeof STANCES)[number];
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

export const FORMAT_VERSION = 1;
