import { checkFiles } from '../../src/check/check-one.js';
import { discoverPlanFiles } from '../../src/files/discover.js';
import { CRITICAL_ROLES, type Role } from '../../src/plan/vocabulary.js';
import { buildPortfolio, type PortfolioReport } from '../../src/method/account-report.js';
import { activeRules, resolveRules } from '../../src/rules/resolve.js';
import { tempTree } from '../helpers/cli.js';

export const AS_OF = '2026-11-27';

/** Plans (file name → YAML) through the real loader and rules, as `cro report` reads them. */
export function portfolioOf(
  files: Record<string, string>,
  { asOf = AS_OF, criticalRoles = CRITICAL_ROLES, defaultCurrency = 'USD' }: { asOf?: string; criticalRoles?: readonly Role[]; defaultCurrency?: string } = {},
): PortfolioReport {
  const dir = tempTree(files);
  const refs = discoverPlanFiles(['.'], dir);
  const checked = checkFiles(refs, { rules: activeRules(resolveRules({})), context: { asOf, criticalRoles, horizon: 120 } });
  return buildPortfolio(checked.files, { asOf, criticalRoles, horizon: 120, defaultCurrency });
}

/** A plan with the given account fields and economics, every critical role covered and backed up. */
export function healthyPlan({ name, segment, currency, renewalDate = '2027-06-01', customerSince = '2026-06-01', economics }: {
  name: string;
  segment?: string;
  currency?: string;
  renewalDate?: string;
  customerSince?: string;
  economics?: string;
}): string {
  const account = [`  name: ${JSON.stringify(name)}`, segment ? `  segment: ${segment}` : '', currency ? `  currency: ${currency}` : '', `  customerSince: ${customerSince}`, `  renewalDate: ${renewalDate}`]
    .filter(Boolean)
    .join('\n');
  return `cro: 1
account:
${account}
stakeholders:
  - { id: a, name: Ann, group: renew, stance: advocate, roles: [end-user, administrator, procurement, budget-owner, executive-sponsor] }
  - { id: b, name: Bob, group: renew, stance: supporter, roles: [end-user, administrator, procurement, budget-owner, executive-sponsor] }
${economics ? `economics:\n${economics}` : ''}`;
}
