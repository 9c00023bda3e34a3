import { common } from './common.js';
import { cli } from './cli.js';
import { errors } from './errors.js';
import { check } from './check.js';
import { report } from './report.js';
import { rules } from './rules.js';
import { plan } from './plan.js';
import { breakeven } from './breakeven.js';
import { map } from './map.js';
import { init } from './init.js';
import { diff, history } from './diff.js';
import { adopt } from './adopt.js';
import { edit } from './edit.js';
import { agenda } from './agenda.js';
import { importing } from './import.js';

/*
 * The English catalog, one file per area so that each can be edited on its own. Its
 * shape is the type every other language must give (see ../tr/index.ts). Conventions:
 * - an entry is a string, or a function of ONE destructured object, `({ name, count }) =>`:
 *   test/i18n reads the names to check that every language uses the same parameters;
 * - text only: data (plan keys, enum values, rule ids, JSON field names) stays out;
 * - numbers and money through src/text/numbers.ts, which follows the language.
 */
export const en = {
  common,
  cli,
  errors,
  check,
  report,
  rules,
  plan,
  breakeven,
  map,
  init,
  diff,
  history,
  adopt,
  edit,
  agenda,
  import: importing,
};

/** The English catalog's shape with its texts widened to string: what every language must give. */
export type Catalog = Widen<typeof en>;

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : T extends readonly string[]
      ? readonly string[]
      : { [K in keyof T]: Widen<T[K]> };
