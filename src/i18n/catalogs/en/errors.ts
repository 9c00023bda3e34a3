/**
 * The errors area of the English catalog (see ./index.ts for the conventions): usage
 * errors (exit 2) and notes on stderr, of the command line, the config and the files.
 * Each is the text after `cro: `, on one line.
 */
export const errors = {
  /** After a misspelt word, the nearest one (util/suggest.ts); empty when none is near. */
  didYouMean: ({ suggestion }: { suggestion: string }) => ` (did you mean "${suggestion}"?)`,
  unknownError: 'unknown error',
  asOfNotDate: ({ value }: { value: string }) => `--as-of ${value}: not a date; write it as YYYY-MM-DD, e.g. --as-of 2026-11-27`,
  wholeNumber: ({ flag, value, min, also }: { flag: string; value: string; min: number; also: string | undefined }) =>
    `${flag} ${value}: expected a whole number ${min > 0 ? `of at least ${min}` : '(0 or more)'}${also ? `, or ${also}` : ''}`,
  /** What --max-warnings takes besides a count. */
  noLimit: '-1 for no limit',
  unknownFormat: ({ format, suggestion, formats }: { format: string; suggestion: string; formats: string }) =>
    `--format ${format}: unknown format${suggestion}; use one of ${formats}`,
  /** Where a command looked for plans, in the note that it found none. */
  currentFolder: 'the current folder',
  configPlans: ({ plans, inFile }: { plans: string; inFile: boolean }) => `${plans} (the plans of ${inFile ? 'cro.config.yaml' : 'the config'})`,
  noPlansFound: ({ where }: { where: string }) => `no plans found in ${where}; run \`cro init\` to create one`,
  noPlansChosen: ({ where, choice, found }: { where: string; choice: string; found: number }) => `${found === 1 ? 'the one plan' : `none of the ${found} plans`} in ${where} ${found === 1 ? 'does not match' : 'matches'} ${choice}; check the name, or leave the option out`,
  noPlansChanged: ({ ref }: { ref: string }) => `no plans changed since ${ref}`,
  tooManyWarnings: ({ warnings, max }: { warnings: string; max: string }) => `${warnings} warnings exceed --max-warnings ${max}`,
  /** How `--cache` names its file in messages about it. */
  cacheFile: ({ file }: { file: string }) => `--cache: the cache file ${file}`,
  /** `--cache` would replace a file that is not one of cro's caches. */
  cacheUnreadable: ({ file, code }: { file: string; code: string }) =>
    `${file}: cro cannot read this file (${code}), so it cannot tell it is a cro cache and will not replace it; name another file`,
  notACache: ({ file }: { file: string }) => `${file}: this file is not a cro cache and would be replaced by one; name a new file`,
  /** `--output` would replace something the run reads, or is not meant to replace. */
  outputIs: ({ output, what }: { output: string; what: string }) => `--output ${output}: ${what}; write the report to another file`,
  outputWhat: {
    cache: "is this run's cache file (--cache-location)",
    config: 'is the config file',
    planBeingRead: 'is one of the plans being read',
    plan: 'is an account plan',
    croConfig: 'is a cro config file',
  },
  cannotWriteStdout: ({ reason }: { reason: string }) => `cannot write to standard output: ${reason}`,
  stdout: {
    ENOSPC: 'the disk is full (ENOSPC); the output is incomplete',
    EFBIG: 'the file-size limit is reached (EFBIG, see ulimit -f); the output is incomplete',
    EDQUOT: 'the disk quota is used up (EDQUOT); the output is incomplete',
    other: ({ code }: { code: string }) => `${code}; the output is incomplete`,
    writeError: 'write error',
  },

  config: {
    /** Where a setting is when there is no config file. */
    noFile: '(no config file)',
    notAFile: ({ file }: { file: string }) => `${file}: the config is not a file`,
    notFound: ({ file }: { file: string }) => `config file not found: ${file}`,
    unreadable: ({ file, code }: { file: string; code: string }) => `cannot read config ${file}: ${code}`,
    unknownKey: ({ key, hint }: { key: string; hint: string }) => `unknown config key "${key}"${hint}`,
    unknownKeyIn: ({ key, path, hint }: { key: string; path: string; hint: string }) => `unknown key "${key}" in ${path}${hint}`,
    lang: 'use en or tr',
    ruleSetting: 'use off, warn or error, or a list like [warn, { days: 60 }]',
    /** A value of the wrong kind or size (zod's issue, in these words). */
    invalidType: ({ expected, received }: { expected: string; received: string }) => `Invalid input: expected ${expected}, received ${received}`,
    invalidOption: ({ values }: { values: readonly string[] }) => `Invalid option: expected one of ${values.map((value) => JSON.stringify(value)).join('|')}`,
    tooSmall: ({ origin, minimum }: { origin: string; minimum: string }) =>
      origin === 'string' ? `Too small: expected string to have >=${minimum} characters` : origin === 'array' ? `Too small: expected array to have >=${minimum} items` : `Too small: expected ${origin} to be >=${minimum}`,
    tooBig: ({ origin, maximum }: { origin: string; maximum: string }) =>
      origin === 'string' ? `Too big: expected string to have <=${maximum} characters` : origin === 'array' ? `Too big: expected array to have <=${maximum} items` : `Too big: expected ${origin} to be <=${maximum}`,
    invalid: 'Invalid input',
  },

  files: {
    noSuchPath: ({ path }: { path: string }) => `${path}: no such file or folder`,
    linkLoop: ({ path }: { path: string }) => `${path}: a symbolic link loop; point it at a real file or folder`,
    /** Why a plan file or folder could not be read: a finding in that file's entry. */
    read: {
      folderChanged: 'cannot list the files of this folder, so its plans are not checked; run again',
      notRegular: 'not a regular file; a plan is a .yaml file',
      folderPermission: 'cannot read this folder: permission denied, so its plans are not checked; check its permissions',
      folderNameTooLong: 'cannot read this folder: its path is longer than the system allows (ENAMETOOLONG), so its plans are not checked; move them to a shallower folder',
      folderOther: ({ code }: { code: string }) => `cannot read this folder (${code}), so its plans are not checked`,
      permission: 'cannot read the file: permission denied; check its permissions',
      linkLoop: 'cannot read the file: it is a symbolic link loop',
      gone: 'cannot read the file: it no longer exists (or is a dangling symbolic link)',
      isFolder: 'cannot read: it is a folder',
      nameTooLong: 'cannot read the file: its path is longer than the system allows (ENAMETOOLONG); move it to a shallower folder',
      other: ({ code }: { code: string }) => `cannot read the file (${code})`,
    },
    /** Why a file could not be written (files/write.ts), after its name. */
    write: {
      exists: ({ file }: { file: string }) => `${file} already exists`,
      isFolder: 'is a folder; name a file to write',
      danglingLink: 'is a symbolic link to a file that does not exist; point it at a file or remove it',
      readOnly: 'is read-only; make it writable (chmod u+w) to change it',
      notRegular: 'is not a regular file (a device, FIFO or socket); name a file',
      ENOENT: ({ folder }: { folder: string }) => `cannot write the file: the folder ${folder} does not exist; create it first`,
      ENOTDIR: 'cannot write the file: part of its path is a file, not a folder (ENOTDIR)',
      EACCES: ({ code }: { code: string }) => `cannot write the file: permission denied (${code})`,
      ENOSPC: 'cannot write the file: the disk is full (ENOSPC); nothing was changed',
      EDQUOT: 'cannot write the file: the disk quota is used up (EDQUOT); nothing was changed',
      EFBIG: 'cannot write the file: it is larger than the file-size limit (EFBIG, see ulimit -f); nothing was changed',
      EROFS: 'cannot write the file: the file system is read-only (EROFS)',
      ELOOP: 'cannot write the file: its path is a symbolic link loop (ELOOP)',
      ENXIO: 'cannot write the file: nothing is reading it (ENXIO)',
      EPIPE: 'cannot write the file: its reader went away (EPIPE)',
      other: ({ code }: { code: string }) => `cannot write the file (${code})`,
    },
    /** `--changed-since` and git. */
    gitMissing: '--changed-since needs git, and git is not installed',
    notARepository: ({ ref, folder }: { ref: string; folder: string }) => `--changed-since ${ref}: ${folder} is not inside a git repository`,
    gitCannotCompare: ({ ref, reason }: { ref: string; reason: string }) => `--changed-since ${ref}: git cannot compare with it (${reason})`,
    notARevision: ({ ref }: { ref: string }) => `--changed-since ${ref}: not a git revision`,
    unknownRevision: ({ ref }: { ref: string }) =>
      `--changed-since ${ref}: git does not know this revision; check the name, and in a shallow clone ` +
      "(GitHub's actions/checkout by default) fetch the history it needs, e.g. fetch-depth: 0",
  },

  /** Values of the economics fields (economics/fields.ts), from flags and prompts alike. */
  numbers: {
    notNumber: ({ text, example }: { text: string; example: string }) => `"${text}" is not a number; write digits only, e.g. ${example}`,
    /** An example fraction with its percentage: `0.78 (or 78%)`. */
    orPercent: ({ fraction, percent }: { fraction: string; percent: string }) => `${fraction} (or ${percent}%)`,
    thousands: ({ without }: { without: string }) => `write the number without thousands separators, e.g. ${without}`,
    tooLarge: ({ text }: { text: string }) => `"${text}" is too large`,
    tooSmall: ({ text }: { text: string }) => `"${text}" is too small to be told from 0; write 0 if you mean none`,
    dotThousands: ({ text, without, decimal }: { text: string; without: string; decimal: string }) =>
      `"${text}" could be ${without} or ${decimal}; write the amount without thousands separators, e.g. ${without}`,
    percentForMoney: 'an amount is not a percentage; write the amount, e.g. 9500',
    meantFraction: ({ fraction }: { fraction: string }) => `did you mean ${fraction}?`,
  },
  /** The range of each economics field (SPEC §3), for a value outside it. */
  economicsRange: {
    money: 'money cannot be negative',
    grossMargin: 'the gross margin is a fraction above 0 and at most 1, e.g. 0.78 (or 78%)',
    monthlyExpansion: 'monthly expansion is above -1, e.g. 0.01 (or 1%); negative is downsell',
    monthlyChurn: 'monthly churn is a fraction from 0 up to (not including) 1, e.g. 0.01 (or 1%)',
    discountRate: 'the discount rate cannot be negative, e.g. 0.10 (or 10%)',
  },
};
