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
  /**
   * The method's roles and stances as text names them (a table cell, a reason). The
   * plan's values stay English data; in English the name is the value itself.
   */
  roles: {
    'end-user': 'end-user',
    administrator: 'administrator',
    procurement: 'procurement',
    'budget-owner': 'budget-owner',
    'executive-sponsor': 'executive-sponsor',
    other: 'other',
  },
  stances: { advocate: 'advocate', supporter: 'supporter', neutral: 'neutral', detractor: 'detractor', unknown: 'unknown' },
  /** Columns a narrow terminal's table leaves out (text/terminal-table.ts), and what to do instead. */
  leftOut: ({ columns, wider }: { columns: string; wider: string }) => `${columns} left out to fit the terminal; ${wider}`,
};
