import type { Finding } from './finding.js';

/*
 * The subjects of findings (SPEC §4): what a finding is about, named by what stays the
 * same while the plan changes around it — an id, a name, a role — never by a line or
 * by words of the message. SARIF fingerprints key on them, so a subject that changed
 * from one day to the next would close an alert and open a new one, forgetting its
 * dismissal.
 */

export const PLAN_SUBJECT = 'plan';
export const ECONOMICS_SUBJECT = 'economics';

export const roleSubject = (role: string): string => `role:${role}`;
export const stakeholderSubject = (id: string): string => `stakeholder:${id}`;
export const milestoneSubject = (name: string): string => `milestone:${name}`;
export const targetSubject = (unit: string): string => `target:${unit}`;
export const okrSubject = (objective: string): string => `okr:${objective}`;
export const teamSubject = (teamFunction: string): string => `team:${teamFunction}`;
export const accountSubject = (key: string): string => `account.${key}`;

/**
 * A loader's finding (schema, yaml-syntax) is about the data at its path; a finding
 * with no path (a syntax error, a file that is not a plan) is about its line.
 */
export function locationSubject(finding: Pick<Finding, 'path' | 'line'>): string {
  return finding.path !== '' ? finding.path : `line:${finding.line}`;
}

/** The subject of a finding: its own, else the one its location gives. */
export function subjectOf(finding: Finding): string {
  return finding.subject ?? locationSubject(finding);
}

/**
 * Gives each of one file's findings its subject and makes `(rule, subject)` unique, in
 * place: the second finding of a rule on one subject (two milestones of one name, two
 * schema issues at one value) gets the qualifier `/2`, the third `/3`. Rules that can
 * report one subject twice qualify it themselves with what tells the findings apart;
 * this is the backstop, in file order, so it numbers the same on every run.
 */
export function assignSubjects(findings: Finding[]): Finding[] {
  const taken = new Set<string>();
  for (const finding of findings) {
    const subject = subjectOf(finding);
    let key = `${finding.rule}\0${subject}`;
    let unique = subject;
    for (let n = 2; taken.has(key); n++) {
      unique = `${subject}/${n}`;
      key = `${finding.rule}\0${unique}`;
    }
    taken.add(key);
    finding.subject = unique;
  }
  return findings;
}
