import * as z from 'zod';
import { CURRENCY_CODES } from '../economics/currencies.js';
import { isCalendarDate } from '../util/dates.js';
import { FUNCTIONS, GROUPS, OBJECTION_KINDS, PERSPECTIVES, ROLES, STANCES } from './vocabulary.js';

/*
 * The plan file format, version 1 (SPEC §2). Structure only: cross-references
 * (unique ids, backups that exist) are checked in references.ts so that they are
 * reported even when another part of the file is also wrong; whether a plan is a
 * *good* plan is for the rules.
 */

/** Every map of a plan may carry free-text `notes`; `x-` keys are removed before validation. */
const section = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ ...shape, notes: z.string().optional().describe('Free text for people; cro ignores it.') });

const text = () => z.string();

const date = () =>
  z
    .string()
    // abort: a text that is not YYYY-MM-DD gets one finding, not a second about the calendar.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateFormat', abort: true })
    .refine(isCalendarDate, { error: 'calendarDate' })
    .meta({ format: 'date' });
const money = () => z.number().min(0, { error: 'negativeMoney' });
const fraction = (description: string) =>
  z.number().gt(0, { error: 'fractionRange' }).max(1, { error: 'fractionRange' }).describe(description);
const id = () => z.string().regex(/^[a-z0-9-]+$/, { error: 'idFormat' });
/** An e-mail address: something@somewhere.tld, without spaces; whether it reaches anyone is not for a file to say. */
const email = () => z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'emailFormat' }).meta({ format: 'email' });

export const stakeholderSchema = section({
  id: id().describe('Unique in the file: lower-case letters, digits and dashes.'),
  name: text(),
  title: text().optional(),
  department: text().optional(),
  email: email().optional().describe('E-mail address; unique in the plan, ignoring case.'),
  crmId: text().optional().describe("The CRM's id of this contact; unique in the plan."),
  group: z.enum(GROUPS).describe('renew: Group 1, bought and uses the product; new-buy: Group 2, the rest of the organisation.'),
  roles: z.array(z.enum(ROLES)).optional(),
  stance: z.enum(STANCES).optional(),
  referrer: z.boolean().optional().describe('A key referrer the team develops.'),
  backup: id().optional().describe('Id of the stakeholder who takes over if this person leaves.'),
  lastContact: date().optional(),
  leftOn: date().optional().describe('The person left the customer on this date: kept for history, covers no role.'),
  needs: section({ see: text().optional(), hear: text().optional(), know: text().optional() }).optional(),
  objection: section({ kind: z.enum(OBJECTION_KINDS), detail: text().optional() }).optional(),
  winPlan: section({ owner: text().optional(), due: date().optional(), actions: z.array(text()).optional() }).optional(),
});

/** The two ways to give an account's revenue; a plan's economics has exactly one. */
export const REVENUE_FIELDS = ['monthlyRevenue', 'annualRevenue'] as const;

export const economicsSchema = section({
  start: date().optional().describe('Month 1 starts here; default account.customerSince.'),
  acquisitionCost: money().optional().describe('Sales and marketing cost to win the deal.'),
  onboardingCost: money().optional().describe('One-off implementation cost.'),
  monthlyRevenue: money().optional(),
  annualRevenue: money().optional(),
  grossMargin: fraction('Fraction in (0, 1], e.g. 0.78 for 78%.').optional(),
  supportCostMonthly: money().optional(),
  monthlyExpansion: z.number().gt(-1, { error: 'expansionRange' }).optional().describe('Revenue growth per month; negative is downsell.'),
  monthlyChurn: z.number().min(0, { error: 'churnRange' }).lt(1, { error: 'churnRange' }).optional().describe('Probability of losing the customer each month, in [0, 1).'),
  discountRate: z.number().min(0, { error: 'discountRange' }).optional().describe('Annual discount rate for discounted payback, e.g. 0.10.'),
}).meta({
  description: 'The break-even inputs: exactly one of monthlyRevenue or annualRevenue; every cost defaults to 0.',
  // Exactly one revenue figure (SPEC §2). references.ts reports it, with a message to act on
  // (zod's issues for a union of two objects would not be); this tells editors the same.
  oneOf: REVENUE_FIELDS.map((field) => ({ required: [field] })),
});

export const planSchema = section({
  cro: z.literal(1, { error: 'formatVersion' }).describe('Plan format version.'),
  account: section({
    name: text().min(1, { error: 'emptyText' }),
    segment: text().optional(),
    owner: text().optional(),
    customerSince: date().optional(),
    renewalDate: date().optional(),
    // An enum, not a pattern: XYZ is three capitals but no currency, and the JSON Schema then lists the codes for editors.
    currency: z.enum(CURRENCY_CODES, { error: 'currency' }).optional().describe('ISO 4217 code; default the config\'s currency, else USD.'),
    crmId: text().optional().describe("The CRM's id of this account."),
  }),
  team: z.array(section({ name: text(), function: z.enum(FUNCTIONS) })).optional(),
  messages: section({ renew: text().optional(), newBuy: text().optional() }).optional(),
  stakeholders: z.array(stakeholderSchema).optional(),
  renewal: section({ requirements: z.array(text()).optional(), risks: z.array(text()).optional() }).optional(),
  newBuy: z
    .array(
      section({
        unit: text(),
        challenge: text().optional(),
        contacts: z.array(id()).optional(),
        heroes: z.array(id()).optional(),
        evidence: text().optional(),
        potential: money().optional().describe('Annual revenue potential.'),
      }),
    )
    .optional(),
  milestones: z
    .array(
      section({
        name: text(),
        due: date(),
        done: date().optional(),
        review: section({ date: date().optional(), perspectives: z.array(z.enum(PERSPECTIVES)).optional() }).optional(),
      }),
    )
    .optional(),
  okrs: z.array(section({ objective: text(), keyResults: z.array(text()).optional() })).optional(),
  economics: economicsSchema.optional(),
});

export type Plan = z.output<typeof planSchema>;
export type Stakeholder = z.output<typeof stakeholderSchema>;
export type Economics = z.output<typeof economicsSchema>;
