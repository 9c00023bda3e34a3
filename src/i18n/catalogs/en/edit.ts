
/*
 * The edit commands (SPEC §7): cro contact, left, stakeholder add|set, review, set,
 * reassign. Plan keys, enum values and file names are data and stay as they are.
 */
/** "a", "a and b", "a, b and c". */
const listing = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

export const edit = {
  help: {
    dryRun: 'show the change as a unified diff and write nothing',
    format: 'what to print: text (one line per change) or json',
    asOf: 'the day of the edit: a date not given is this day, and the findings it closes and opens are judged as of it (default today)',
    yes: 'never ask; fail on what is missing instead',
    contact: {
      summary: 'record that you spoke to someone at the customer',
      description: "Sets each person's lastContact (default today). It never moves a date backwards unless you add --force.",
      plan: 'the plan: a path, a file name without .yaml, or the account name',
      people: 'the people you spoke to: ids or names',
      on: 'the day of the conversation (default today)',
      force: 'set the date even if it is earlier than the one in the plan',
      exampleToday: 'you spoke to Maria today',
      exampleTwo: 'a meeting with two people, last Friday',
    },
    left: {
      summary: 'record that someone left the customer',
      description: 'Sets leftOn (kept for history; the person no longer covers a role). Every backup that named the person moves to --successor, or is listed as needing a new backup. A day already recorded is changed only with --force.',
      person: 'the person who left: id or name',
      on: 'the day they left (default today)',
      successor: 'who takes over as backup wherever the person was one',
      force: 'record another day for someone already recorded as having left',
    },
    stakeholder: {
      summary: 'add a person to a plan, or change one',
      add: {
        summary: 'add a stakeholder',
        description: 'Adds a person with the grammar of cro init --stakeholder: the name, then key=value parts separated by semicolons (id, title, group, roles, stance, backup, objection, email, crmId, department, lastContact). The id is made from the name and kept unique. Someone the plan already has (the same email or crmId) is not added twice: change them with cro stakeholder set. A second person of the same name is added, with a note saying so. lastContact cannot be after today.',
        spec: 'the person: "Name; key=value; …"',
      },
      set: {
        summary: "change a stakeholder's details",
        description: 'Sets keys of one person: name (the id stays), title, department, group, roles (roles=+administrator adds, roles=-end-user removes, roles=a,b replaces), stance, backup, referrer, email, crmId, needs.see / .hear / .know, objection.kind / .detail, winPlan.owner / .due / .actions.',
        person: 'the person: id or name',
        assignments: 'what to change, key=value',
      },
    },
    review: {
      summary: "record a milestone's 360° review",
      description: "Records the milestone's 360° review (default: today, with all four perspectives: customer, sales, marketing, customer-success) and, with --done, the day the milestone was reached. A review already recorded is replaced only with --force.",
      milestone: 'the milestone: its name, or the start of it',
      date: 'the day of the review (default today)',
      perspectives: 'who gave their view, comma-separated',
      notes: 'what the review said',
      done: 'the day the milestone was reached',
      force: 'replace the review the milestone already has',
    },
    set: {
      summary: 'set any other value of a plan',
      description: 'Sets one value: account.renewalDate, account.owner, messages.renew, economics.monthlyRevenue, milestones[0].due, … Values are read as cro init and cro breakeven read their flags (dates, money, fractions and percentages).',
      key: 'the key, e.g. account.renewalDate',
      value: 'the new value',
    },
    reassign: {
      summary: 'hand over the accounts of someone who left your company',
      description: 'Replaces a name as team member, win-plan owner and account owner in every plan (the config\'s plans, or the paths given). Every plan is checked first; all are written, or none.',
      oldName: 'the name of the person leaving',
      newName: 'the name of the person taking over',
      paths: 'plan files or folders (default: the config\'s plans)',
    },
  },
  args: {
    plan: 'plan',
    person: 'person',
    milestone: 'milestone',
    spec: 'spec',
    assignment: 'key=value',
    key: 'key',
    value: 'value',
    oldName: 'old',
    newName: 'new',
  },
  ask: {
    successor: ({ name }: { name: string }) => `Who takes over as backup wherever ${name} was one?`,
    nobodyYet: 'nobody yet (list who needs a new backup)',
    choose: ({ what }: { what: string }) => `Which ${what}?`,
    chooseSome: ({ what }: { what: string }) => `Which ${what}? (one or more)`,
    type: ({ what, example }: { what: string; example: string }) => `${what[0]!.toUpperCase()}${what.slice(1)} (e.g. ${example})`,
    required: ({ what }: { what: string }) => `Write the ${what}`,
  },
  missing: ({ names, command, example }: { names: readonly string[]; command: string; example: string }) =>
    `missing ${listing(names)}: there is no terminal to ask on, so give ${names.length === 1 ? 'it' : 'them'} on the command line (${command}, e.g. ${example})`,
  unknownFormat: ({ format, formats }: { format: string; formats: string }) => `--format ${format}: unknown format; use one of ${formats}`,
  find: {
    plan: 'plan',
    person: 'person',
    milestone: 'milestone',
    noSuchPlanFile: ({ file }: { file: string }) => `${file}: no such plan file`,
    /** `suggestion` and `candidates` are shown as they are (`ben (Ben Foster)`, `"Go-live, first site"`); `none`: noPlans, noPeople or noMilestones. */
    noMatch: ({ what, wanted, suggestion, candidates, none }: { what: string; wanted: string; suggestion: string; candidates: readonly string[]; none: string }) =>
      `no ${what} "${wanted}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}${candidates.length > 0 ? `; there are: ${candidates.join('; ')}` : `; ${none}`}`,
    noPlans: 'there are no plans here (cro init makes one)',
    noPeople: 'the plan has no stakeholders yet',
    noMilestones: 'the plan has no milestones yet',
    more: ({ count }: { count: number }) => `… ${count} more`,
    ambiguous: ({ what, wanted, candidates }: { what: string; wanted: string; candidates: readonly string[] }) =>
      `"${wanted}" names more than one ${what}: ${candidates.join('; ')}; say which`,
  },
  invalidBefore: ({ file }: { file: string }) => `${file} is not a valid plan, so cro does not edit it; fix these first:`,
  moreFindings: ({ count, command }: { count: number; command: string }) => `… and ${count} more (${command} lists them)`,
  cannotEdit: ({ file, reason }: { file: string; reason: string }) => `${file}: cannot make this change without touching more of the file (${reason}); nothing was written`,
  wouldBeInvalid: ({ file, line, column, message }: { file: string; line: number; column: number; message: string }) =>
    `this change would make the plan invalid, so nothing was written: ${file}:${line}:${column} ${message}`,
  changedOnDisk: ({ file }: { file: string }) => `${file} changed on disk while cro was editing it; nothing was written, run the command again`,
  lockedByAnother: ({ file }: { file: string }) => `${file} is being edited by another cro run; nothing was written, run the command again`,
  notWritten: ({ file, reason }: { file: string; reason: string }) => `${file}: ${reason}`,
  nothingToChange: ({ file }: { file: string }) => `${file}: nothing to change`,
  dryRun: 'dry run: nothing was written',
  closes: ({ rule, who, what }: { rule: string; who: string; what: string }) => `closes ${rule}${who ? ` for ${who}` : what ? `: ${what}` : ''}`,
  opens: ({ rule, who, what }: { rule: string; who: string; what: string }) => `opens ${rule}${who ? ` for ${who}` : what ? `: ${what}` : ''}`,
  contact: {
    /** `given`: the date as the user gave it, normalised: `--on 2062-12-01`, `lastContact=2062-12-01` (cro stakeholder add). */
    inFuture: ({ given, asOf }: { given: string; asOf: string }) => `${given} is after today (${asOf}): record a contact once it has happened; check the year`,
    setFirst: ({ name, date }: { name: string; date: string }) => `last contact with ${name}: ${date}`,
    moved: ({ name, from, to }: { name: string; from: string; to: string }) => `last contact with ${name}: ${from} → ${to}`,
    same: ({ name, date }: { name: string; date: string }) => `last contact with ${name} is already ${date}`,
    notBackwards: ({ name, last, date }: { name: string; last: string; date: string }) =>
      `last contact with ${name} is ${last}, later than ${date}: kept (add --force to set ${date})`,
  },
  left: {
    left: ({ name, date }: { name: string; date: string }) => `${name} left on ${date}`,
    already: ({ name, date }: { name: string; date: string }) => `${name} is already recorded as having left on ${date}`,
    backupMoved: ({ name, from, to }: { name: string; from: string; to: string }) => `backup of ${name}: ${from} → ${to}`,
    leftWas: ({ name, date, was }: { name: string; date: string; was: string }) => `${name} left on ${date} (was ${was})`,
    /** `given`: `--on 2062-12-01`. */
    inFuture: ({ given, asOf }: { given: string; asOf: string }) => `${given} is after today (${asOf}): record that someone left once they have; check the year`,
    notMoved: ({ name, date, given }: { name: string; date: string; given: string }) =>
      `${name} is already recorded as having left on ${date}; nothing was written (add --force to record ${given} instead)`,
    /** `command`: cro stakeholder set <the plan> <the person> backup=<id>, to paste. */
    needBackup: ({ name, left, command }: { name: string; left: string; command: string }) =>
      `${name} needs a new backup (it was ${left}): ${command}, or run again with --successor`,
    successorIsSelf: ({ name, left, command }: { name: string; left: string; command: string }) =>
      `${name} needs a new backup (it was ${left}); ${name} is the successor and cannot back up themselves: ${command}`,
    ownSuccessor: ({ name }: { name: string }) => `--successor: ${name} cannot succeed themselves; name someone else`,
    successorLeft: ({ name, date }: { name: string; date: string }) => `--successor: ${name} left on ${date}; name someone who is still there`,
  },
  stakeholder: {
    /** cro stakeholder add of someone the plan has: same e-mail (case does not count) or same crmId. `place`: file:line. */
    samePerson: ({ key, value, name, id, place, file }: { key: string; value: string; name: string; id: string; place: string; file: string }) =>
      `${key}=${value}: ${name} (${id}, ${place}) is already in the plan with this ${key === 'email' ? 'e-mail address' : 'crmId'}; to change their details use cro stakeholder set ${file} ${id} <key=value>; nothing was written`,
    /** After `note: `: a second person of the same name was added, with an id of their own. */
    sameName: ({ name, id, place, newId }: { name: string; id: string; place: string; newId: string }) => `${name} is already in the plan (${id}, ${place}); added as ${newId}`,
    added: ({ name, id, group, roles }: { name: string; id: string; group: string; roles: readonly string[] }) =>
      `added ${name} (id ${id}, group ${group}${roles.length > 0 ? `, roles ${roles.join(', ')}` : ''})`,
    unknownKey: ({ key, suggestion, keys }: { key: string; suggestion: string; keys: readonly string[] }) => `${key}: not a key cro stakeholder set takes${suggestion}; use one of ${keys.join(', ')}`,
    writeValue: ({ key }: { key: string }) => `${key}: write ${key}=<value>`,
    notYesNo: ({ key, value }: { key: string; value: string }) => `${key}=${value}: write true or false`,
    notInList: ({ name, key, value }: { name: string; key: string; value: string }) => `${key} of ${name} does not hold ${value}`,
    alreadySo: ({ name, key, value }: { name: string; key: string; value: string }) => `${key} of ${name} is already ${value}`,
    setFirst: ({ name, key, to }: { name: string; key: string; to: string }) => `${key} of ${name}: ${to}`,
    changed: ({ name, key, from, to }: { name: string; key: string; from: string; to: string }) => `${key} of ${name}: ${from || '(none)'} → ${to || '(none)'}`,
  },
  review: {
    recorded: ({ milestone, date, perspectives }: { milestone: string; date: string; perspectives: readonly string[] }) =>
      `360° review of "${milestone}" on ${date}: ${perspectives.join(', ')}`,
    done: ({ milestone, date }: { milestone: string; date: string }) => `"${milestone}" reached on ${date}`,
    alreadyDone: ({ milestone, date }: { milestone: string; date: string }) => `"${milestone}" is already recorded as reached on ${date}`,
    /** `given`: `--done 2062-12-01`. */
    doneInFuture: ({ given, asOf }: { given: string; asOf: string }) => `${given} is after today (${asOf}): a milestone is reached once it has happened; check the year`,
    same: ({ milestone, date, perspectives }: { milestone: string; date: string; perspectives: readonly string[] }) =>
      `the 360° review of "${milestone}" on ${date} (${perspectives.join(', ')}) is already recorded`,
    notReplaced: ({ milestone, date, perspectives }: { milestone: string; date: string; perspectives: readonly string[] }) =>
      `"${milestone}" already has a 360° review on ${date} (${perspectives.join(', ')}); nothing was written (add --force to replace it)`,
    replaced: ({ milestone, date, perspectives, was, wasPerspectives }: { milestone: string; date: string; perspectives: readonly string[]; was: string; wasPerspectives: readonly string[] }) =>
      `360° review of "${milestone}" on ${date}: ${perspectives.join(', ')} (replaces the review on ${was}: ${wasPerspectives.join(', ')})`,
  },
  set: {
    badKey: ({ key }: { key: string }) => `${key}: not a key; write it as section.key, e.g. account.renewalDate or milestones[0].due`,
    useStakeholderSet: ({ key }: { key: string }) => `${key}: a stakeholder's details are changed with cro stakeholder set <plan> <person> key=value`,
    formatVersion: 'cro is the format version of the plan; it is not changed by hand',
    unknownKey: ({ key, suggestion }: { key: string; suggestion: string }) => `${key}: the plan has no such key${suggestion}`,
    notScalar: ({ key }: { key: string }) => `${key} holds more than one value; name one of its keys`,
    noItem: ({ key }: { key: string }) => `${key}: the plan has no such item`,
    emptyValue: ({ key }: { key: string }) => `${key}: write a value`,
    oneOf: ({ suggestion, choices }: { suggestion: string; choices: readonly string[] }) => `not one of ${choices.join(', ')}${suggestion}`,
    alreadySo: ({ key, value }: { key: string; value: string }) => `${key} is already ${value}`,
    setFirst: ({ key, to }: { key: string; to: string }) => `${key}: ${to}`,
    changed: ({ key, from, to }: { key: string; from: string; to: string }) => `${key}: ${from} → ${to}`,
  },
  reassign: {
    emptyName: 'write both names: cro reassign "<old name>" "<new name>"',
    sameName: ({ name }: { name: string }) => `"${name}" is both the old and the new name`,
    nobody: ({ name, plans, suggestion }: { name: string; plans: number; suggestion: string }) =>
      `no plan names "${name}" as a team member, win-plan owner or account owner (${plans} ${plans === 1 ? 'plan' : 'plans'} read)${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    accountOwner: 'account owner',
    teamMember: ({ function: role }: { function: string }) => `team member (${role})`,
    removedFromTeam: ({ name, function: role, to }: { name: string; function: string; to: string }) => `team member (${role}): ${name} removed, ${to} is already one`,
    winPlanOwner: ({ name }: { name: string }) => `owner of the win plan for ${name}`,
    moved: ({ what, from, to }: { what: string; from: string; to: string }) => `${what}: ${from} → ${to}`,
  },
};
