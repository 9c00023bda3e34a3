import type { Catalog } from '../en/index.js';

/* The stakeholder map in Turkish: paydaş, tutum, yedek, kazanma planı, tek kişiye bağlı (GLOSSARY.md). */
export const map = {
  groups: { renew: 'Grup 1 — yenileme ve ek satış', 'new-buy': 'Grup 2 — yeni satın alma' },
  noRole: 'rolü yok',
  objections: { competitor: 'rakip', 'poor-fit': 'uyumsuzluk', concern: 'endişe' },
  stanceMeanings: {
    advocate: 'bizi savunur', supporter: 'istendiğinde bizi destekler', neutral: 'ne lehte ne aleyhte',
    detractor: 'bize karşı çalışır: kazanın', unknown: 'henüz bilinmiyor: öğrenin',
  },
  stanceWithObjection: ({ stance, objection }: { stance: string; objection: string }) => `${stance} (${objection})`,
  marks: {
    left: ({ date }: { date: string }) => `ayrıldı ${date}`,
    referrer: 'referans veren',
    singleThreaded: ({ roles }: { roles: string }) => `tek kişiye bağlı: ${roles}`,
    noWinPlan: 'kazanma planı yok',
    winPlanOverdue: 'kazanma planının süresi doldu',
  },
  backup: ({ name }: { name: string }) => `↳ yedek: ${name}`,
  backupLabel: '↳ yedek: ',
  noBackup: '↳ yedek yok ⚠ yerine geçecek birini yazın',
  backupLeft: ({ date }: { date: string }) => `(ayrıldı ${date}) ⚠ müşteride hâlâ çalışan bir yedek yazın`,
  backupDetractor: '(muhalif) ⚠ bizi destekleyen bir yedek yazın',
  status: { uncovered: '⚠ karşılanmıyor', 'single-threaded': '⚠ tek kişiye bağlı', covered: 'karşılanıyor' },
  roles: ({ roles }: { roles: string }) => `roller: ${roles}`,
  also: ({ names }: { names: string }) => `ayrıca: ${names}`,
  nobodyHolds: ({ role }: { role: string | null }) => (role === null ? '⚠ bu rolde kimse yok' : `⚠ ${role} rolünde kimse yok`),

  tree: {
    title: ({ asOf }: { asOf: string }) => ` — paydaşlar, ${asOf} itibarıyla`,
    stance: ({ stances }: { stances: string }) => `Tutum: ${stances}`,
    marks: 'İşaretler:  ⚠ ilgilenilmesi gerekiyor   ↳ yedek   ayrıldı <tarih>: kayıtta kalır, hesaba katılmaz',
    nobodyYet: 'henüz kimse yok',
    nobodyHoldsRole: 'bu rolde kimse yok',
    seeAbove: '(yukarıya bakın)',
    uncovered: ({ roles }: { roles: string }) => `karşılanmayan roller: ${roles}`,
    singleThreaded: ({ roles }: { roles: string }) => `tek kişiye bağlı roller: ${roles}`,
    noWinPlan: ({ names }: { names: string }) => `kazanma planı olmayan muhalifler: ${names}`,
    overdue: ({ names }: { names: string }) => `süresi dolan kazanma planları: ${names}`,
    allCovered: '✔ her kritik rol karşılanıyor ve yedekli',
  },

  legend: {
    title: 'Açıklama',
    attention: '⚠ ilgilenilmesi gerekiyor',
    backup: '↳ yedek: yerine geçecek kişi',
    left: 'ayrıldı: kayıtta kalır, hesaba katılmaz',
    singleThreaded: '⚠ kritik bir rol yalnızca ona bağlı',
    nobodyHolds: '⚠ bir rolde kimse yok',
    someone: 'bir kişi',
    takesOver: 'yerine geçen',
    backupWhoLeft: 'ayrılmış yedek',
    edge: 'yedek',
    edgeProblem: ({ problem }: { problem: string }) => `yedek (${problem})`,
    edgeLeft: 'ayrıldı',
    edgeDetractor: 'muhalif',
  },
  dot: {
    graph: ({ account }: { account: string }) => `${account} paydaşları`,
    title: ({ account, asOf }: { account: string; asOf: string }) => `${account} — paydaşlar, ${asOf} itibarıyla`,
  },

  errors: {
    severity: { error: 'hata', warning: 'uyarı' },
    isFolder: ({ path, example }: { path: string; example: string }) => `${path}: bir klasör; cro map tek bir plan çizer, ör. cro map ${example}; klasördeki planlardan --owner ya da --segment ile seçilenler de çizilebilir`,
    notAPlan: ({ file }: { file: string }) => `${file} geçerli bir plan değil, bu yüzden çizilecek harita yok:`,
    runCheck: ({ file }: { file: string }) => `Düzelttikten sonra \`cro check ${file}\` çalıştırın.`,
  },
} satisfies Catalog['map'];
