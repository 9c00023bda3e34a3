import type { Catalog } from '../en/index.js';

export const common = {
  and: 've',
  or: 'veya',
  yes: 'evet',
  no: 'hayır',
  yesNoHint: ({ fallback }: { fallback: boolean }) => (fallback ? '(E/h)' : '(e/H)'),
  // y/n too: a Turkish user on an English keyboard habit, or a script written for English.
  yesWords: ['e', 'evet', 'y', 'yes'] as readonly string[],
  noWords: ['h', 'hayır', 'hayir', 'n', 'no'] as readonly string[],
  answerYesOrNo: 'Evet için e, hayır için h yazın.',
  roles: {
    'end-user': 'son kullanıcı',
    administrator: 'sistem yöneticisi',
    procurement: 'satın alma',
    'budget-owner': 'bütçe sahibi',
    'executive-sponsor': 'üst yönetim sponsoru',
    other: 'diğer',
  },
  stances: { advocate: 'savunucu', supporter: 'destekçi', neutral: 'tarafsız', detractor: 'muhalif', unknown: 'bilinmiyor' },
  leftOut: ({ columns, wider }: { columns: string; wider: string }) => `terminale sığması için çıkarılan sütunlar: ${columns}; ${wider}`,
} satisfies Catalog['common'];
