/**
 * The plan area of the English catalog (see ./index.ts for the conventions): what the
 * loader says about a file that is not a readable plan (`yaml-syntax`) or does not follow
 * the format (`schema`). `where` is the place in the plan (plan/place.ts), `prefix` the
 * same followed by ": " ('' for the whole file); `shown` is the value as the message
 * quotes it (a value phrase below, or the value itself).
 */
export const plan = {
  /** After a misspelt word (util/suggest.ts closest). */
  didYouMean: ({ suggestion }: { suggestion: string }) => ` (did you mean "${suggestion}"?)`,

  /** The loader's `yaml-syntax` findings. */
  syntax: {
    tooLarge: ({ size, limit }: { size: string; limit: string }) => `the file is ${size}; a plan may be at most ${limit} — split it or remove what is not a plan`,
    configTooLarge: ({ size, limit }: { size: string; limit: string }) => `the file is ${size}; a config may be at most ${limit} — is this the config file?`,
    /** `byte`: the byte in hex, 0x…. */
    notUtf8: ({ byte }: { byte: string }) => `byte ${byte} is not UTF-8; save the file as UTF-8`,
    tab: 'a tab is used for indentation; YAML indents with spaces only',
    duplicateKey: 'this key appears twice in the same map; keep one',
    secondDocument: 'a plan file holds one YAML document, but a second one starts here (---)',
    /** Any other error of the YAML parser: `code` is its code, `detail` its own (English) first line. */
    other: ({ code: _code, detail }: { code: string; detail: string }) => detail,
    tooDeep: ({ limit }: { limit: number }) => `lists and maps nest deeper than ${limit} levels here; a plan never needs this — flatten it`,
    configTooDeep: ({ limit }: { limit: number }) => `lists and maps nest deeper than ${limit} levels here; a config never needs this — flatten it`,
    aliasTooDeep: ({ limit }: { limit: number }) => `this alias nests lists and maps deeper than ${limit} levels; write the values out instead`,
    aliasCycle: 'this alias refers to a list or map that contains it, so its data never ends; write the values out instead',
    tooManyAliases: ({ limit }: { limit: number }) => `aliases expand to too much data (more than ${limit} expansions); write the values out instead`,
  },

  /** Valid YAML that is not a plan, named on the command line. */
  empty: 'the file is empty; a plan starts with `cro: 1` and an `account:` section (run `cro init` to scaffold one)',
  notAPlan: 'this is not a cro plan: it has no top-level `cro:` key; add `cro: 1` (or run `cro init` to scaffold a plan)',

  /** The loader's `schema` findings. */
  schema: {
    /** `hint`: didYouMean or ''. */
    unknownKey: ({ prefix, key, hint }: { prefix: string; key: string; hint: string }) =>
      `${prefix}unknown key "${key}"${hint}; remove it, or prefix it with x- to keep your own data`,
    /** `keys`: quoted, joined by commas. */
    unknownKeys: ({ prefix, keys, count }: { prefix: string; keys: string; count: number }) => `${prefix}unknown key${count > 1 ? 's' : ''} ${keys}`,
    dateFormat: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31`,
    calendarDate: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} is not a real calendar date`,
    negativeMoney: ({ prefix, shown }: { prefix: string; shown: string }) =>
      `${prefix}${shown} is negative; money is never negative (write costs as positive amounts)`,
    /** `hint`: percentHint or ''. */
    fractionRange: ({ prefix, shown, hint }: { prefix: string; shown: string; hint: string }) => `${prefix}${shown} must be a fraction between 0 and 1${hint}`,
    expansionRange: ({ prefix, shown, hint }: { prefix: string; shown: string; hint: string }) =>
      `${prefix}${shown} must be above -1 (a monthly growth rate: 0.01 is 1% a month, -0.02 a 2% downsell)${hint}`,
    churnRange: ({ prefix, shown, hint }: { prefix: string; shown: string; hint: string }) =>
      `${prefix}${shown} must be at least 0 and below 1 (a monthly probability: 0.01 is 1%)${hint}`,
    discountRange: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} must be 0 or more (an annual rate: 0.10 is 10%)`,
    /** A value above 1 that reads as a percentage: `fraction` is it divided by 100. */
    percentHint: ({ fraction, percent }: { fraction: string; percent: string }) => `: did you mean ${fraction} (${percent}%)?`,
    idFormat: ({ prefix, shown }: { prefix: string; shown: string }) =>
      `${prefix}${shown} is not a valid id; use lower-case letters, digits and dashes, e.g. "maria-lopez"`,
    emailFormat: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} is not an e-mail address; write it as name@example.com`,
    notACurrency: ({ shown, hint }: { shown: string; hint: string }) => `${shown} is not an ISO 4217 currency code${hint}; use one such as USD, EUR or TRY`,
    noFormatVersion: 'this file has no `cro:` format version; add `cro: 1` at the top',
    formatVersion: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}format version ${shown} is not supported; this cro reads version 1`,
    emptyText: ({ prefix }: { prefix: string }) => `${prefix}is empty; write a name`,
    /** `hint`: one of `missingHints`, else missingHint. */
    missing: ({ where, hint }: { where: string; hint: string }) => `${where} is missing; ${hint}`,
    missingHints: {
      name: 'every entry needs a name',
      id: 'every stakeholder needs an id (lower-case letters, digits and dashes) that backups and targets can refer to',
      group: 'say whether this person is in Group 1 (renew) or Group 2 (new-buy)',
      function: 'say which function this team member is in (sales, marketing, customer-success, …)',
      due: 'every milestone needs a due date (YYYY-MM-DD)',
      unit: 'name the business unit this new-buy target is',
      objective: 'every OKR needs an objective',
      account: 'every plan needs an `account:` section with at least the account name',
      kind: 'say what kind of objection it is (competitor, poor-fit or concern)',
    },
    missingHint: 'add it',
    /** A value of a YAML tag the plan has no word for: `wanted` (a type phrase), `found` (a value phrase), `tag` (!!…). */
    tagged: ({ prefix, wanted, found, tag }: { prefix: string; wanted: string; found: string; tag: string }) =>
      `${prefix}expected ${wanted}, got ${found}; remove the ${tag} tag`,
    dateAsText: 'a date as text (YYYY-MM-DD)',
    /** `text`: the value as written. */
    mustBeText: ({ prefix, shown, text }: { prefix: string; shown: string; text: string }) => `${prefix}${shown} must be text; put it in quotes ("${text}")`,
    mustBeFinite: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} must be a finite number`,
    plainNumber: ({ prefix, shown }: { prefix: string; shown: string }) =>
      `${prefix}${shown} must be a plain number without quotes, currency symbols or thousands separators, e.g. 84000`,
    wrongType: ({ prefix, wanted, found }: { prefix: string; wanted: string; found: string }) => `${prefix}expected ${wanted}, got ${found}`,
    /** `kind`: a kind phrase below; `options`: the allowed values, joined by commas. */
    notOneOf: ({ prefix, shown, kind, hint, options }: { prefix: string; shown: string; kind: string; hint: string; options: string }) =>
      `${prefix}${shown} is not ${kind}${hint}; use one of ${options}`,
    kinds: { stance: 'a stance', group: 'a group', function: 'a team function', kind: 'an objection kind' },
    validValue: 'a valid value',
    validField: ({ field }: { field: string }) => `a valid ${field}`,
    /** `detail`: the schema library's own words. */
    tooSmall: ({ prefix, shown, detail }: { prefix: string; shown: string; detail: string }) => `${prefix}${shown} is too small (${detail})`,
    tooBig: ({ prefix, shown, detail }: { prefix: string; shown: string; detail: string }) => `${prefix}${shown} is too large (${detail})`,
    /** What a value should have been, by the schema's type name. */
    types: { string: 'text', number: 'a number', boolean: 'true or false', object: 'a map of keys and values', array: 'a list' },
    /** What a value is ("got …"). */
    values: {
      timestamp: 'a YAML !!timestamp value',
      binary: 'binary data (!!binary)',
      set: 'a YAML !!set',
      omap: 'a YAML ordered map (!!omap)',
      nothing: 'nothing (an empty value)',
      list: 'a list',
      map: 'a map',
      text: ({ text }: { text: string }) => `the text ${text}`,
      number: ({ number }: { number: string }) => `the number ${number}`,
    },
    /** How a message names a value it cannot quote. */
    shown: {
      empty: 'the empty value',
      value: 'the value',
      tagged: ({ tag }: { tag: string }) => `the ${tag} value`,
      list: 'the list',
      map: 'the map',
    },

    /** Cross-references (plan/references.ts). `first`: the place of the stakeholder whose id it is. */
    duplicateId: ({ prefix, id, first }: { prefix: string; id: string; first: string }) =>
      `${prefix}"${id}" is already the id of ${first}; ids must be unique in the file`,
    duplicateEmail: ({ prefix, email, first }: { prefix: string; email: string; first: string }) =>
      `${prefix}${email} is already the e-mail of ${first}; each person has their own address (case does not count)`,
    duplicateCrmId: ({ prefix, crmId, first }: { prefix: string; crmId: string; first: string }) =>
      `${prefix}"${crmId}" is already the crmId of ${first}; a CRM contact is one person in the plan`,
    notAStakeholder: ({ prefix, id, hint }: { prefix: string; id: string; hint: string }) => `${prefix}"${id}" is not a stakeholder id in this plan${hint}`,
    ownBackup: ({ prefix }: { prefix: string }) => `${prefix}a person cannot be their own backup; name someone else who takes over`,
    /** `label`: the start date's key (account.customerSince, economics.start). */
    renewalBeforeStart: ({ renewal, label, start }: { renewal: string; label: string; start: string }) =>
      `account.renewalDate: ${renewal} is not after ${label} ${start}; a contract renews after it starts — check both dates`,
    bothRevenues: 'economics: give either monthlyRevenue or annualRevenue, not both',
    noRevenue: 'economics: add monthlyRevenue or annualRevenue, so the break-even can be computed',
  },
};
