import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Git } from '../../git/git.js';
import { messages } from '../../i18n/messages.js';
import { isCalendarDate } from '../../util/dates.js';
import { UsageError } from '../../util/errors.js';

/*
 * The two sides of `cro diff` (SPEC §9): no revision, HEAD against the working tree; one,
 * that revision against the working tree; `A..B`; `A...B` from their merge base (what a
 * pull request changes); `--since <date>`, from the last commit on or before that day.
 */

export interface Side {
  /** What the user named (`main`, `HEAD`, `2026-09-30`); null for the working tree. */
  revision: string | null;
  /** The commit; null for the working tree. */
  commit: string | null;
}

export interface Range {
  from: Side;
  to: Side;
  /** The arguments that were paths, not revisions. */
  paths: string[];
}

/**
 * Splits the arguments into a revision (the first, when it is one and no file of that
 * name exists) and paths, and resolves the sides with git. Exit 2 with one line for an
 * unknown revision.
 */
export function resolveRange(git: Git, args: readonly string[], { since, cwd }: { since?: string; cwd: string }): Range {
  const [first, ...rest] = args;
  let revision: string | undefined;
  let paths = [...args];
  if (first !== undefined && !existsSync(resolve(cwd, first)) && (first.includes('..') || git.tryCommit(first) !== null || !looksLikePath(first))) {
    revision = first;
    paths = rest;
  }
  const says = messages().diff;
  if (since !== undefined) {
    if (!isCalendarDate(since)) throw new UsageError(says.sinceNotDate({ value: since }));
    if (revision !== undefined && revision.includes('..')) throw new UsageError(says.sinceWithRange({ range: revision }));
    const head = revision ?? 'HEAD';
    git.commit(head);
    const commit = git.lastCommitOnOrBefore(since, head);
    if (commit === null) throw new UsageError(git.isShallow() ? says.git.nothingBeforeShallow({ date: since }) : says.git.nothingBefore({ date: since }));
    return revision === undefined ? { from: { revision: since, commit }, to: { revision: null, commit: null }, paths } : { from: { revision: since, commit }, to: { revision, commit: git.commit(revision) }, paths };
  }
  if (revision === undefined) return { from: { revision: 'HEAD', commit: git.commit('HEAD') }, to: { revision: null, commit: null }, paths };
  const threeDots = revision.indexOf('...');
  if (threeDots !== -1) {
    const a = revision.slice(0, threeDots) || 'HEAD';
    const b = revision.slice(threeDots + 3) || 'HEAD';
    const head = git.commit(b);
    return { from: { revision: `${a}...${b}`, commit: git.mergeBase(git.commit(a), head) }, to: { revision: b, commit: head }, paths };
  }
  const twoDots = revision.indexOf('..');
  if (twoDots !== -1) {
    const a = revision.slice(0, twoDots) || 'HEAD';
    const b = revision.slice(twoDots + 2) || 'HEAD';
    return { from: { revision: a, commit: git.commit(a) }, to: { revision: b, commit: git.commit(b) }, paths };
  }
  return { from: { revision, commit: git.commit(revision) }, to: { revision: null, commit: null }, paths };
}

/** A name that is a path rather than a revision when neither exists: it has a plan's extension or a folder in it. */
function looksLikePath(arg: string): boolean {
  return /\.ya?ml$/i.test(arg) || arg.includes('/') || arg === '.';
}
