import rule from '../../src/rules/economics.js';
import { ruleTester } from './tester.js';

const HEAD = 'cro: 1\naccount: { name: Acme Logistics }\n';

ruleTester(rule, {
  valid: [
    { name: 'monthly revenue', plan: `${HEAD}economics: { acquisitionCost: 84000, monthlyRevenue: 9500 }\n` },
    { name: 'annual revenue and no costs', plan: `${HEAD}economics: { annualRevenue: 120000 }\n` },
  ],
  invalid: [
    {
      name: 'no economics: at 1:1',
      plan: HEAD,
      findings: [{ message: ['no economics, so no break-even or ROI', 'acquisitionCost and monthlyRevenue (or annualRevenue)'], line: 1, column: 1 }],
    },
  ],
});
