import type { Catalog } from '../en/index.js';
import { sayı } from './count.js';

export const diff = {
  summary: 'git geçmişinden her müşteride neyin değiştiğini yöntemin diliyle gösterir',
  description:
    'Planların git\'teki iki sürümünü karşılaştırır: eklenen, çıkarılan ya da ayrılan paydaşlar, değişen tutumlar, karşılanan ya da karşılanmayan ' +
    'kritik roller, giderilen ve yeni bulgular, başabaş noktası ve yatırım getirisi (ROI). Revizyon verilmezse HEAD, bir revizyon verilirse o ' +
    'revizyon çalışma ağacıyla karşılaştırılır; A..B iki revizyonu karşılaştırır, A...B ise B\'yi A\'dan ayrıldığı noktayla (bir pull request\'in değiştirdikleri). ' +
    'İki taraf da aynı --as-of tarihine göre değerlendirilir.',
  range: 'önce isteğe bağlı bir revizyon ya da aralık (A, A..B, A...B), sonra plan dosyaları ya da klasörler',
  since: 'bu güne kadar (bu gün dahil) yapılan son commit\'ten başlar',
  failOn: 'değişiklik bir gerilemeyse 1 koduyla çıkar: hata düzeyinde yeni bulgular ya da artık karşılanmayan bir kritik rol',
  asOf: 'iki tarafın da değerlendirildiği gün (varsayılan: bugün)',
  output: 'sonucu standart çıktı yerine bu dosyaya yazar',
  examplePullRequest: 'bir pull request\'in değiştirdikleri',
  exampleUncommitted: 'henüz commit edilmemiş değişiklikleriniz',
  exampleQuarter: 'geçen çeyreğin sonundan bu yana',
  exampleGate: 'pull request için CI kontrolü',

  headline: ({ accounts, rolesCovered, rolesLost, newDetractors, detractorsWon, fixed, added }: { accounts: number; rolesCovered: number; rolesLost: number; newDetractors: number; detractorsWon: number; fixed: number; added: number }) => {
    if (accounts === 0) return 'Hiçbir müşteride değişiklik yok.';
    const parts: string[] = [];
    if (rolesCovered > 0) parts.push(`${sayı(rolesCovered)} rol karşılandı`);
    if (rolesLost > 0) parts.push(`${sayı(rolesLost)} rol artık karşılanmıyor`);
    if (newDetractors > 0) parts.push(`${sayı(newDetractors)} yeni muhalif`);
    if (detractorsWon > 0) parts.push(`${sayı(detractorsWon)} muhalif kazanıldı`);
    if (fixed > 0) parts.push(`${sayı(fixed)} bulgu giderildi`);
    if (added > 0) parts.push(`${sayı(added)} yeni bulgu`);
    return `${sayı(accounts)} müşteride değişiklik var${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
  },
  between: ({ from, to }: { from: string; to: string }) => `${from} → ${to}`,
  workingTree: 'çalışma ağacı',
  judgedAsOf: ({ date }: { date: string }) => `iki taraf da ${date} itibarıyla değerlendirildi`,
  regression: 'Gerileme var: hata düzeyinde yeni bulgular ya da artık karşılanmayan bir kritik rol.',
  noRegression: 'Gerileme yok.',
  heading: 'Müşteri planlarındaki değişiklikler',

  added: 'yeni plan',
  deleted: 'plan silindi',
  renamed: ({ from }: { from: string }) => `yeniden adlandırıldı (eski yol: ${from})`,
  becameInvalid: 'artık geçerli bir plan değil',
  becameValid: 'yeniden geçerli bir plan',
  newPlan: ({ people, covered, of, errors, warnings }: { people: number; covered: number; of: number; errors: number; warnings: number }) =>
    `${sayı(people)} paydaş, ${sayı(covered)}/${sayı(of)} kritik rol karşılanıyor, ${sayı(errors)} hata, ${sayı(warnings)} uyarı`,

  keys: { name: 'müşteri adı', owner: 'sorumlu', segment: 'segment', renewalDate: 'yenileme tarihi', crmId: 'CRM kimliği' },
  none: 'yok',
  key: ({ key, from, to }: { key: string; from: string; to: string }) => `${key}: ${from} → ${to}`,

  person: ({ name, id }: { name: string; id: string }) => `${name} (${id})`,
  personAdded: ({ person, stance, roles }: { person: string; stance: string; roles: string }) => `eklendi: ${person}, ${stance}${roles === '' ? '' : `, ${roles}`}`,
  personAddedGroup2: ({ person, stance }: { person: string; stance: string }) => `Grup 2'ye eklendi: ${person}, ${stance}`,
  personRemoved: ({ person }: { person: string }) => `plandan çıkarıldı: ${person}`,
  personLeft: ({ person, date }: { person: string; date: string }) => `${person} ${date} tarihinde şirketten ayrıldı`,
  personReturned: ({ person }: { person: string }) => `${person} geri döndü (artık ayrılmış olarak işaretli değil)`,
  personNewId: ({ person, id }: { person: string; id: string }) => `${person} önceden ${id} kimliğiyle kayıtlıydı`,
  stance: ({ person, from, to }: { person: string; from: string; to: string }) => `${person}: ${from} → ${to}`,
  rolesGained: ({ person, roles }: { person: string; roles: string }) => `${person} artık şu rolleri üstleniyor: ${roles}`,
  rolesLost: ({ person, roles }: { person: string; roles: string }) => `${person} artık şu rolleri üstlenmiyor: ${roles}`,
  backup: ({ person, from, to }: { person: string; from: string; to: string }) => `${person} için yedek kişi: ${from} → ${to}`,
  group: ({ person, from, to }: { person: string; from: string; to: string }) => `${person}: ${from} → ${to}`,
  groups: { renew: 'Grup 1', 'new-buy': 'Grup 2' },

  coverageGained: ({ roles }: { roles: string }) => `artık karşılanıyor: ${roles}`,
  coverageLost: ({ roles }: { roles: string }) => `artık karşılanmıyor: ${roles}`,
  coverageCount: ({ from, to, of }: { from: number; to: number; of: number }) => `karşılanan kritik roller: ${sayı(from)} → ${sayı(to)} (toplam ${sayı(of)})`,

  fixed: ({ rule, message }: { rule: string; message: string }) => `giderildi (${rule}): ${message}`,
  new: ({ rule, severity, message }: { rule: string; severity: 'error' | 'warning'; message: string }) => `yeni ${severity === 'error' ? 'hata' : 'uyarı'} (${rule}): ${message}`,
  problems: ({ errors, warnings }: { errors: number; warnings: number }) => `${sayı(errors)} hata, ${sayı(warnings)} uyarı`,
  problemsChange: ({ from, to }: { from: string; to: string }) => `bulgular: ${from} → ${to}`,

  breakEven: ({ from, to }: { from: string; to: string }) => `başabaş noktası: ${from} → ${to}`,
  roi: ({ from, to }: { from: string; to: string }) => `sözleşme dönemi boyunca yatırım getirisi (ROI): ${from} → ${to}`,
  month: ({ month }: { month: number }) => `${sayı(month)}. ay`,
  never: 'hiçbir zaman',
  noEconomics: 'ekonomik veri yok',

  milestoneDone: ({ name, date }: { name: string; date: string }) => `kilometre taşına ulaşıldı: ${name} (${date})`,
  reviewHeld: ({ name, date }: { name: string; date: string }) => `360° değerlendirme yapıldı: ${name} (${date})`,

  sections: { account: 'Müşteri', people: 'Paydaşlar', coverage: 'Kritik roller', findings: 'Bulgular', economics: 'Ekonomi', milestones: 'Kilometre taşları' },

  sinceNotDate: ({ value }: { value: string }) => `--since ${value}: geçerli bir tarih değil; YYYY-AA-GG biçiminde yazın`,
  sinceWithRange: ({ range }: { range: string }) => `--since ile ${range} ikisi de karşılaştırmanın başlangıcını belirler: yalnızca birini verin`,

  git: {
    notARepository: ({ folder }: { folder: string }) => `${folder} bir git deposunun içinde değil: cro diff ve cro history planların geçmişini git'ten okur`,
    noWorkTree: ({ folder }: { folder: string }) => `${folder} çalışma klasörü olmayan bir git deposu (bare depo ya da .git klasörünün içi): cro diff ve cro history'yi bir klonun klasöründe çalıştırın`,
    gitMissing: 'cro diff ve cro history için git gerekir, ama git kurulu değil',
    unknownRevision: ({ revision }: { revision: string }) => `${revision}: bu depoda böyle bir revizyon yok (bir dal, etiket ya da commit yazın)`,
    unknownRevisionShallow: ({ revision }: { revision: string }) =>
      `${revision}: bu sığ kopyada (shallow clone) böyle bir revizyon yok; daha fazla geçmiş çekin (git fetch --unshallow) ya da kopyada olan bir revizyon yazın`,
    noMergeBase: ({ a, b }: { a: string; b: string }) => `${a} ile ${b} arasında ortak geçmiş yok: ${a}..${b} ile karşılaştırın`,
    noMergeBaseShallow: ({ a, b }: { a: string; b: string }) => `${a} ile ${b} bu sığ kopyanın geçmişinden daha geride birleşiyor; daha fazla geçmiş çekin (git fetch --unshallow)`,
    nothingBefore: ({ date }: { date: string }) => `--since ${date}: o günde ya da daha önce yapılmış bir commit yok`,
    nothingBeforeShallow: ({ date }: { date: string }) => `--since ${date}: bu sığ kopyada o günde ya da daha önce yapılmış bir commit yok; daha fazla geçmiş çekin (git fetch --unshallow)`,
    failed: ({ command, reason }: { command: string; reason: string }) => `${command} başarısız oldu: ${reason}`,
    noSuchPath: ({ path }: { path: string }) => `${path}: böyle bir dosya ya da klasör yok; ne çalışma klasöründe ne de karşılaştırılan iki tarafta`,
    noSuchPathInHistory: ({ path }: { path: string }) => `${path}: böyle bir dosya ya da klasör yok; ne çalışma klasöründe ne de okunan geçmişteki herhangi bir commit'te`,
    missingBlob: 'git\'te dosyanın bu sürümü yok',
    shallow: ({ date }: { date: string }) => `bu kopya sığ (shallow clone): geçmişi ${date} tarihinde başlıyor ve daha öncesi gösterilmiyor (tamamı için git fetch --unshallow)`,
  },
} satisfies Catalog['diff'];

export const history = {
  summary: 'her müşterinin git\'teki zaman çizelgesi: her commit neyi değiştirdi',
  description:
    'Her müşteri için planını değiştiren her commit (yeniden adlandırılan planlar izlenir): tarih, commit, yazar, cro diff\'in anlattığı biçimde ' +
    'değişiklikler ve commit\'ten sonra planın durumu (karşılanan kritik roller, hatalar, uyarılar, başabaş noktası). Her commit kendi günü itibarıyla değerlendirilir.',
  since: 'yalnızca bu günden itibaren yapılan commit\'leri gösterir',
  output: 'sonucu standart çıktı yerine bu dosyaya yazar',
  exampleOne: 'tek bir müşterinin zaman çizelgesi',
  exampleHtml: 'her müşteri için grafikli bir sayfa',

  heading: 'Müşteri planlarının geçmişi',
  noCommits: 'Burada hiçbir commit bir planı değiştirmemiş.',
  accounts: ({ count, commits }: { count: number; commits: number }) => `${sayı(count)} müşteri, ${sayı(commits)} commit`,
  state: ({ covered, of, errors, warnings }: { covered: number; of: number; errors: number; warnings: number }) =>
    `${sayı(covered)}/${sayı(of)} kritik rol karşılanıyor, ${sayı(errors)} hata, ${sayı(warnings)} uyarı`,
  stateInvalid: ({ errors }: { errors: number }) => `geçerli bir plan değil (${sayı(errors)} hata)`,
  stateBreakEven: ({ breakEven }: { breakEven: string }) => `başabaş noktası: ${breakEven}`,
  deletedState: 'plan silindi',
  unchanged: 'yöntem açısından değişen bir şey yok (metin, yorum ya da düzen)',
  start: 'bu kopyanın geçmişi burada başlıyor (sığ kopya)',
  by: ({ author }: { author: string }) => `yazan: ${author}`,
  head: { date: 'Tarih', commit: 'Commit', author: 'Yazar', changes: 'Değişiklikler', after: 'Commit sonrası durum' },
  chartTitle: ({ account }: { account: string }) => `${account}: zaman içinde karşılanan kritik roller ve bulgular`,
  chartRoles: 'karşılanan kritik roller',
  chartErrors: 'hatalar',
  chartWarnings: 'uyarılar',
  chartCommit: 'commit',
  generatedBy: ({ version }: { version: string }) => `git'teki müşteri planlarından cro ${version} ile oluşturuldu.`,
  skip: 'Müşterilere geç',
} satisfies Catalog['history'];
