/**
 * Adopting cro on a repository full of old plans (SPEC §12): the `suppression` rule's
 * texts (placed in the rules area by ./rules.ts) and the words of suppressions and
 * baselines in `cro check` and `cro report`. See ./index.ts for the conventions.
 */
export const suppressionRule = {
  description: 'Every cro-ignore comment gives a reason, names known rules, is not past its date and suppresses something.',
  rationale:
    'A gap can be accepted on purpose: `# cro-ignore <rule> -- <reason>` on the line before a node (or at the end of its line) ' +
    'sets that rule’s findings at that node aside, and `# cro-ignore-file <rule> -- <reason>` in the first comment block does so ' +
    'for the whole file. Add `until YYYY-MM-DD` and the findings come back after that day. The reason is required, so that the next ' +
    'owner of the plan knows why; a comment without one, for a rule that does not exist, past its date, or that suppresses ' +
    'nothing any more is a finding of this rule. Suppressed findings do not count for the exit code; `--format json` lists them.',
  passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  # cro-ignore stakeholder-needs -- new sponsor, first meeting on 2026-12-10 until 2026-12-31
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [executive-sponsor] }
`,
  failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  # cro-ignore stakeholder-needs
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [executive-sponsor] }
`,
  noReason: ({ rule }: { rule: string }) => `this cro-ignore gives no reason, so it suppresses nothing; write why after " -- ", e.g. "# cro-ignore ${rule} -- <why the gap is accepted>"`,
  noRule: 'this cro-ignore names no rule; write the rule ids before " -- " (`cro rules` lists them)',
  /** `hint`: errors.didYouMean or ''. */
  unknownRule: ({ rule, hint }: { rule: string; hint: string }) => `cro-ignore names the unknown rule "${rule}"${hint}; \`cro rules\` lists the rule ids`,
  alwaysError: ({ rule }: { rule: string }) => `${rule} findings cannot be suppressed: the plan must be readable for any rule to run; fix what the finding says`,
  badUntil: ({ until }: { until: string }) => `"until ${until}" is not a date (YYYY-MM-DD), so this cro-ignore suppresses nothing`,
  /** `rules`: the rule ids, joined by commas. */
  expired: ({ until, rules }: { until: string; rules: string }) =>
    `this cro-ignore of ${rules} expired on ${until}, so its findings are back; fix them, or set a later date with the reason it still holds`,
  unused: ({ rule }: { rule: string }) => `this cro-ignore of ${rule} suppresses nothing (there is no ${rule} finding here); remove it`,
  misplaced: 'cro-ignore-file works only in the first comment block of the file, so this one suppresses nothing; move it to the top',
  noNode: 'this cro-ignore stands before a blank line or the end of the file, so it applies to nothing; put it on the line just before the node',
};

export const adopt = {
  /** `cro check --help`. */
  help: {
    baseline: 'count only findings not in this baseline file (default: config baseline)',
    baselineWrite: 'record every finding of this run in a baseline file, so that they no longer count',
    baselinePrune: 'with a baseline, drop its entries that no longer occur',
    noBaseline: 'ignore the config’s baseline',
  },
  /** stderr of `cro check`. */
  baselined: ({ count, file }: { count: string; file: string }) => `baselined: ${count} (accepted in ${file}; they do not count)`,
  written: ({ count, file }: { count: string; file: string }) => `wrote ${file}: ${count} accepted as the baseline`,
  pruned: ({ count, file }: { count: string; file: string }) => `pruned ${file}: ${count} no longer occurring`,
  /** Usage errors. */
  unreadable: ({ file, problem }: { file: string; problem: string }) => `${file}: cannot read the baseline (${problem}); write one with --baseline-write ${file}`,
  notABaseline: ({ file }: { file: string }) => `${file}: this is not a cro baseline file; write one with --baseline-write`,
  pruneNeedsBaseline: '--baseline-prune needs a baseline: give --baseline <file> or set baseline in the config',
  writeAndPrune: '--baseline-write and --baseline-prune do not go together: writing records every finding anew',
  /** `cro report`: a plan's suppressions. */
  report: {
    heading: 'Accepted gaps (cro-ignore)',
    until: ({ date }: { date: string }) => `until ${date}`,
    noExpiry: 'no end date',
    rule: 'Rule',
    reason: 'Reason',
    expires: 'Until',
    where: 'Line',
  },
};
