import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDirectiveBody, readSuppressionComments } from '../../src/plan/suppression-comments.js';

/** Rule ids as they are written: lowercase words joined by dashes. */
const ruleId = fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8}){0,2}$/);
/** A reason: one line of text, not blank, that does not itself end in `until <word>` (that would be the date). */
const reason = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((text) => text.replace(/[\r\n\u2028\u2029\u0085]/g, ' ').trim())
  .filter((text) => text !== '' && !/(^|\s)until\s+\S+$/.test(text));
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('suppression comments: the directive', () => {
  it('reads back what was written: rules, reason and until, however it is spaced', () => {
    fc.assert(
      fc.property(fc.array(ruleId, { minLength: 1, maxLength: 4 }), reason, fc.option(day, { nil: undefined }), fc.constantFrom(' ', '  ', '\t'), (rules, why, until, gap) => {
        const body = `${gap}${rules.join(`,${gap}`)}${gap}--${gap}${why}${until === undefined ? '' : `${gap}until${gap}${until}`}`;
        expect(parseDirectiveBody(body)).toEqual({ rules, reason: why, until: until ?? null, untilValid: true });
      }),
    );
  });

  it('without " -- " or with nothing after it there is no reason', () => {
    fc.assert(
      fc.property(fc.array(ruleId, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' --', ' -- ', ' --   '), (rules, tail) => {
        expect(parseDirectiveBody(` ${rules.join(', ')}${tail}`).reason).toBeNull();
      }),
    );
  });

  it('an until that is not a calendar date is marked so', () => {
    for (const until of ['2026-02-30', '2026-13-01', 'tomorrow', '26-01-01', '2026-1-1']) {
      expect(parseDirectiveBody(` okrs -- why until ${until}`)).toMatchObject({ until, untilValid: false });
    }
  });

  it('a rule list with a dash in a rule id is not taken for the separator', () => {
    expect(parseDirectiveBody(' role-backup,stale-contact -- a -- b')).toEqual({ rules: ['role-backup', 'stale-contact'], reason: 'a -- b', until: null, untilValid: true });
  });
});

describe('suppression comments in a plan', () => {
  it('a comment line applies to the next node, an end-of-line comment to its own line; stacked comments to the node below them', () => {
    const text = [
      '# yaml-language-server: $schema=x', // 1
      '# cro-ignore-file okrs -- later', // 2
      'cro: 1', // 3
      'account: { name: A } # cro-ignore economics -- why', // 4
      'stakeholders:', // 5
      '  # cro-ignore role-backup -- one', // 6
      '  # cro-ignore stale-contact -- two', // 7
      '  - { id: a, name: A, group: renew }', // 8
      '  # cro-ignore referrers -- before a blank line', // 9
      '', // 10
      '  - { id: b, name: B, group: renew }', // 11
      '# cro-ignore-file okrs -- too late', // 12
      '',
    ].join('\n');
    const comments = readSuppressionComments(text);
    expect(comments.map(({ kind, rules, line, column, target, misplaced }) => ({ kind, rules: rules.join(), line, column, target, misplaced }))).toEqual([
      { kind: 'file', rules: 'okrs', line: 2, column: 1, target: null, misplaced: false },
      { kind: 'node', rules: 'economics', line: 4, column: 22, target: 4, misplaced: false },
      { kind: 'node', rules: 'role-backup', line: 6, column: 3, target: 8, misplaced: false },
      { kind: 'node', rules: 'stale-contact', line: 7, column: 3, target: 8, misplaced: false },
      { kind: 'node', rules: 'referrers', line: 9, column: 3, target: null, misplaced: false },
      { kind: 'file', rules: 'okrs', line: 12, column: 1, target: null, misplaced: true },
    ]);
  });

  it('text inside quoted and block scalars is never a comment', () => {
    fc.assert(
      fc.property(fc.array(ruleId, { minLength: 1, maxLength: 2 }), reason, (rules, why) => {
        const directive = `# cro-ignore ${rules.join(', ')} -- ${why}`;
        const text = [
          'cro: 1',
          `account: { name: ${JSON.stringify(directive)} }`,
          `notes: '${directive.replaceAll("'", "''")}'`,
          'renewal:',
          '  notes: |',
          `    ${directive}`,
          '  risks: [x]',
          '',
        ].join('\n');
        expect(readSuppressionComments(text)).toEqual([]);
      }),
    );
  });

  it('never throws, and finds every directive put on a line of its own, at the line and column of its #', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constant('# cro-ignore okrs -- why')), { maxLength: 12 }), fc.nat(20), (lines, indent) => {
        const text = lines.map((line) => line.replace(/[\r\n]/g, ' ')).join('\n');
        expect(() => readSuppressionComments(text)).not.toThrow();
        const plain = `cro: 1\n${' '.repeat(indent % 4)}# cro-ignore okrs -- why\nokrs: []\n`;
        expect(readSuppressionComments(plain)).toMatchObject([{ kind: 'node', rules: ['okrs'], reason: 'why', line: 2, column: (indent % 4) + 1, target: 3 }]);
      }),
    );
  });

  it('a plan without the mark costs no parse: nothing comes back', () => {
    expect(readSuppressionComments('cro: 1 # a comment\n# another\n')).toEqual([]);
  });
});
