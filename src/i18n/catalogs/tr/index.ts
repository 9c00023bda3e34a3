import type { Catalog } from '../en/index.js';
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

/** The Turkish catalog: the English one's shape, checked by the type checker; the method's words are in ../GLOSSARY.md. */
export const tr = {
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
} satisfies Catalog;
