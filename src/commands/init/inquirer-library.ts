import { createRequire } from 'node:module';
import type * as Inquirer from '@inquirer/prompts';

/*
 * inquirer's prompts, loaded the first time a question is asked. In dist/ they are a
 * bundle of their own (inquirer.cjs, see scripts/build.mjs): most runs of the commands
 * that can ask (init, the edit commands) ask nothing, and ~600 KB of prompts compiled on
 * every start cost an edit a third of its time budget.
 */
export function inquirerPrompts(): typeof Inquirer {
  return createRequire(import.meta.url)('@inquirer/prompts') as typeof Inquirer;
}
