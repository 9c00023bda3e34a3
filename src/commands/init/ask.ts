import { GROUPS, OBJECTION_KINDS, ROLES, STANCES, type Group, type Role, type Stance } from '../../plan/vocabulary.js';
import { stakeholderId, type EconomicsAnswer, type PlanAnswers, type StakeholderAnswer } from './templates/values.js';
import { nextAnniversary, parseCurrency, parseDate, parseEconomics, parseNames, showDate, type EconomicsKey } from './fields.js';
import type { Prompter } from './prompter.js';
import { slugify } from './slug.js';
import { messages, type Catalog } from '../../i18n/messages.js';
import { formatMoney, formatPercent } from '../../text/numbers.js';
import { economicsField } from '../../economics/fields.js';

type PromptText = Catalog['init'];

export interface AskOptions {
  today: string;
  /** Currency offered when the flags gave none: the config's, else USD. */
  defaultCurrency: string;
  /** True when the account name came from the command line (it is not asked again). */
  accountGiven: boolean;
  /** Where a plan for this account name would be written, and whether that is allowed. */
  target(accountName: string): { display: string; problem?: string };
  templateLabel: string;
}

/**
 * The interactive flow: asks what the plan needs, offering what the flags gave as
 * defaults, shows a summary and asks to confirm. Returns null when the user declines.
 */
export async function askPlan(prompter: Prompter, initial: PlanAnswers, options: AskOptions): Promise<PlanAnswers | null> {
  const t = messages().init;
  const answers: PlanAnswers = structuredClone(initial);
  prompter.say(t.intro);

  if (!options.accountGiven) {
    answers.accountName = await prompter.text({
      message: t.accountName,
      default: answers.accountName || undefined,
      validate: (value) => {
        if (value.trim() === '') return t.accountNameRequired;
        return options.target(value.trim()).problem ?? true;
      },
    });
  }

  answers.segment = optional(await prompter.text({ message: t.segment, default: answers.segment }));
  answers.owner = optional(await prompter.text({ message: t.owner, default: answers.owner }));
  // Dates are asked and shown as the language writes them; the answers hold YYYY-MM-DD.
  answers.customerSince = isoDate(
    await prompter.text({ message: t.customerSince, default: showDate(answers.customerSince ?? options.today), validate: optionalParsed(parseDate) }),
  );
  const since = answers.customerSince;
  const renewal = answers.renewalDate ?? (since ? nextAnniversary(since, options.today) : undefined);
  answers.renewalDate = isoDate(
    await prompter.text({
      message: t.renewalDate,
      default: renewal === undefined ? undefined : showDate(renewal),
      validate: (value) => {
        if (value.trim() === '') return true;
        const parsed = parseDate(value);
        if (!parsed.ok) return parsed.message;
        if (since !== undefined && parsed.value <= since) return t.renewalAfterStart;
        return parsed.value < options.today ? t.renewalPassed : true;
      },
    }),
  );
  const currency = await prompter.text({
    message: t.currency,
    default: answers.currency ?? options.defaultCurrency,
    validate: optionalParsed(parseCurrency),
  });
  answers.currency = currency === '' ? undefined : currency.toUpperCase();

  prompter.say(t.teamIntro);
  const names = async (message: string, current: string[], fallback?: string) =>
    parseNames(await prompter.text({ message, default: current.length > 0 ? current.join(', ') : fallback }));
  answers.team = {
    sales: await names(t.sales, answers.team.sales, answers.owner),
    marketing: await names(t.marketing, answers.team.marketing),
    customerSuccess: await names(t.customerSuccess, answers.team.customerSuccess),
  };

  const renew = optional(await prompter.text({ message: t.renewMessage, default: answers.messages.renew }));
  const newBuy = optional(
    await prompter.text({
      message: t.newBuyMessage,
      default: answers.messages.newBuy,
      validate: (value) => (renew !== undefined && value.trim().toLowerCase() === renew.toLowerCase() ? t.sameMessages : true),
    }),
  );
  answers.messages = { renew, newBuy };

  const requirements = [...(answers.renewal?.requirements ?? [])];
  if (requirements.length === 0) {
    for (let more = true; more; ) {
      const requirement = optional(await prompter.text({ message: t.renewalRequirement({ first: requirements.length === 0 }) }));
      if (requirement) requirements.push(requirement);
      more = requirement !== undefined;
    }
  }
  answers.renewal = { ...answers.renewal, requirements };

  answers.stakeholders = await askStakeholders(prompter, t, answers.stakeholders);
  answers.economics = await askEconomics(prompter, t, answers.economics);

  const file = options.target(answers.accountName).display;
  prompter.say(formatSummary(answers, t, { file, template: options.templateLabel, currency: answers.currency ?? options.defaultCurrency }));
  const go = await prompter.confirm({ message: t.confirm({ file }), default: true });
  return go ? answers : null;
}

async function askStakeholders(prompter: Prompter, t: PromptText, given: readonly StakeholderAnswer[]): Promise<StakeholderAnswer[]> {
  const people = [...given];
  const taken = new Set(people.map((p) => p.id));
  while (await prompter.confirm({ message: t.addStakeholder({ first: people.length === 0 }), default: people.length === 0 })) {
    // An empty name ends the list, so pressing Enter through the questions never traps anyone here.
    const name = await prompter.text({ message: t.stakeholderName });
    if (name.trim() === '') break;
    const title = optional(await prompter.text({ message: t.stakeholderTitle }));
    const group = await prompter.select<Group>({ message: t.group, choices: GROUPS.map((g) => ({ name: t.groups[g], value: g })), default: 'renew' });
    const roles = await prompter.multiselect<Role>({ message: t.roles, choices: ROLES.map((r) => ({ name: t.roleNames[r], value: r })) });
    const stance = await prompter.select<Stance>({ message: t.stance, choices: STANCES.map((s) => ({ name: t.stances[s], value: s })), default: 'unknown' });
    const id = stakeholderId(name, taken, slugify);
    taken.add(id);
    const person: StakeholderAnswer = { id, name, group, roles, stance };
    if (title) person.title = title;
    if (stance === 'detractor') {
      const kind = await prompter.select({ message: t.objection, choices: OBJECTION_KINDS.map((k) => ({ name: t.objections[k], value: k })) });
      const detail = optional(await prompter.text({ message: t.objectionDetail }));
      person.objection = detail ? { kind, detail } : { kind };
    }
    people.push(person);
  }
  // Backups: every Group 1 person who holds a role should have someone to take over.
  if (people.length >= 2) {
    for (const person of people) {
      if (person.group !== 'renew' || person.roles.length === 0) continue;
      const others = people.filter((p) => p !== person);
      const backup = await prompter.select<string>({
        message: t.backup({ name: person.name }),
        choices: [{ name: t.nobodyYet, value: '' }, ...others.map((p) => ({ name: p.name, value: p.id }))],
        default: person.backup ?? '',
      });
      if (backup === '') delete person.backup;
      else person.backup = backup;
    }
  }
  return people;
}

async function askEconomics(prompter: Prompter, t: PromptText, given: EconomicsAnswer | undefined): Promise<EconomicsAnswer | undefined> {
  if (!(await prompter.confirm({ message: t.addEconomics, default: given !== undefined }))) return given;
  const economics: EconomicsAnswer = { ...given };
  const number = async (key: EconomicsKey, message: string, required = false) => {
    const current = economics[key];
    const text = await prompter.text({
      message,
      default: current === undefined ? undefined : String(current),
      validate: (value) => {
        if (value.trim() === '' && !required) return true;
        const parsed = parseEconomics(key, value);
        return parsed.ok ? true : parsed.message;
      },
    });
    const parsed = parseEconomics(key, text);
    if (parsed.ok) economics[key] = parsed.value;
    else delete economics[key];
  };
  const basis = await prompter.select<'monthly' | 'annual'>({
    message: t.revenueBasis,
    choices: [
      { name: t.perMonth, value: 'monthly' },
      { name: t.perYear, value: 'annual' },
    ],
    default: economics.annualRevenue !== undefined ? 'annual' : 'monthly',
  });
  if (basis === 'monthly') {
    delete economics.annualRevenue;
    await number('monthlyRevenue', t.monthlyRevenue, true);
  } else {
    delete economics.monthlyRevenue;
    await number('annualRevenue', t.annualRevenue, true);
  }
  await number('acquisitionCost', t.acquisitionCost);
  await number('onboardingCost', t.onboardingCost);
  await number('grossMargin', t.grossMargin);
  await number('supportCostMonthly', t.supportCostMonthly);
  await number('monthlyChurn', t.monthlyChurn);
  return economics;
}

/** The summary shown before writing: what the plan will say, and what is left to fill in. */
export function formatSummary(answers: PlanAnswers, t: PromptText, where: { file: string; template: string; currency: string }): string {
  const missing = t.toFill;
  const or = (value: string | undefined) => (value === undefined || value === '' ? missing : value);
  const team = (
    [
      [t.functions.sales, answers.team.sales],
      [t.functions.marketing, answers.team.marketing],
      [t.functions.customerSuccess, answers.team.customerSuccess],
    ] as const
  )
    .map(([label, names]) => `${label}: ${names.length > 0 ? names.join(', ') : missing}`)
    .join('; ');
  const people =
    answers.stakeholders.length === 0
      ? [missing]
      : answers.stakeholders.map((s) => {
          const details = [
            t.groupShort[s.group],
            s.roles.map((r) => t.roleNames[r]).join(', '),
            t.stances[s.stance],
            s.backup ? `${t.backupLabel}: ${answers.stakeholders.find((p) => p.id === s.backup)?.name ?? s.backup}` : '',
            s.objection ? t.objections[s.objection.kind] : '',
          ].filter((d) => d !== '');
          return `${s.name}${s.title ? `, ${s.title}` : ''} (${details.join('; ')})`;
        });
  const economics = answers.economics
    ? Object.entries(answers.economics)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => {
          const key = k as EconomicsKey;
          const shown = economicsField(key).kind === 'money' ? formatMoney(v as number, where.currency) : formatPercent(v as number);
          return t.economicsValue({ name: t.economicsNames[key], written: String(v), shown });
        })
        .join(', ')
    : missing;
  const rows: Array<[string, string | string[]]> = [
    [t.labels.account, answers.accountName],
    [t.labels.segment, or(answers.segment)],
    [t.labels.owner, or(answers.owner)],
    [t.labels.customerSince, or(answers.customerSince && showDate(answers.customerSince))],
    [t.labels.renewalDate, or(answers.renewalDate && showDate(answers.renewalDate))],
    [t.labels.currency, or(answers.currency)],
    [t.labels.team, team],
    [t.labels.messages, [`renew: ${or(answers.messages.renew)}`, `newBuy: ${or(answers.messages.newBuy)}`]],
    [t.labels.renewal, answers.renewal?.requirements?.length ? answers.renewal.requirements : missing],
    [t.labels.stakeholders, people],
    [t.labels.economics, economics],
    [t.labels.template, where.template],
    [t.labels.file, where.file],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = rows.flatMap(([label, value]) => {
    const values = Array.isArray(value) ? value : [value];
    return values.map((v, i) => `  ${(i === 0 ? `${label}:` : '').padEnd(width)}${v}`);
  });
  return `\n${t.summary}\n${lines.join('\n')}\n`;
}

const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

/** An answer to a date question (already validated) as the plan's YYYY-MM-DD. */
function isoDate(value: string | undefined): string | undefined {
  const given = optional(value);
  if (given === undefined) return undefined;
  const parsed = parseDate(given);
  return parsed.ok ? parsed.value : given;
}

function optionalParsed(parse: (value: string) => { ok: true } | { ok: false; message: string }) {
  return (value: string): true | string => {
    if (value.trim() === '') return true;
    const parsed = parse(value);
    return parsed.ok ? true : parsed.message;
  };
}
