/** Words every area uses. */
export const common = {
  yes: 'yes',
  no: 'no',
  /** The hint after a yes/no question, the default in capitals. */
  yesNoHint: ({ fallback }: { fallback: boolean }) => (fallback ? '(Y/n)' : '(y/N)'),
  /** What a yes/no question accepts besides its default (an empty answer). */
  yesWords: ['y', 'yes'] as readonly string[],
  noWords: ['n', 'no'] as readonly string[],
  answerYesOrNo: 'Answer y or n.',
};
