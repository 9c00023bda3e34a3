/** Words every area uses. */
export const common = {
  /** Joins the last two items of a list (text/words.ts listing). */
  and: 'and',
  or: 'or',
  yes: 'yes',
  no: 'no',
  /** The hint after a yes/no question, the default in capitals. */
  yesNoHint: ({ fallback }: { fallback: boolean }) => (fallback ? '(Y/n)' : '(y/N)'),
  /** What a yes/no question accepts besides its default (an empty answer). */
  yesWords: ['y', 'yes'] as readonly string[],
  noWords: ['n', 'no'] as readonly string[],
  answerYesOrNo: 'Answer y or n.',
};
