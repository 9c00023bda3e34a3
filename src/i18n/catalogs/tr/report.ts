import type { Catalog } from '../en/index.js';
import { sayı } from './count.js';

export const report = {
  title: ({ asOf }: { asOf: string }) => `Gelir portföyü, ${asOf} itibarıyla`,
  accounts: ({ count }: { count: number }) => `${sayı(count)} müşteri`,
  noRoles: 'yok',
  noPlans: 'Raporlanacak hesap yok.',
  attentionHeading: 'Önce ilgilenilmesi gerekenler',
  accountsHeading: 'Müşteriler',
  totalsHeading: 'Segment ve para birimine göre toplamlar',
  status: { covered: 'karşılanıyor', 'single-threaded': 'tek kişiye bağlı', uncovered: 'karşılanmıyor' },
  bar: { covered: 'karşılanıyor (savunucu veya destekçi, yedeği var)', 'single-threaded': 'tek kişiye bağlı (tek kişi, yedeği yok)', uncovered: 'karşılanmıyor' },
  noCriticalRoles: 'kritik rol yok',
  never: 'hiçbir zaman',
  breakEven: ({ month, date }: { month: number; date: string }) => `${sayı(month)}. ay · ${date}`,
  renewalPassed: ({ date }: { date: string }) => `${date} · geçti`,
  renewalToday: ({ date }: { date: string }) => `${date} · bugün`,
  renewalIn: ({ date, days }: { date: string; days: number }) => `${date} · ${sayı(days)} gün sonra`,
  noSegment: 'segment yok',
  notValid: 'geçerli bir plan değil',
  owner: ({ name }: { name: string }) => `sorumlu: ${name}`,
  renews: ({ date }: { date: string }) => `yenileme: ${date}`,
  afterRenewal: 'yenilemeden sonra',
  months: ({ months }: { months: string }) => `${months} ay`,
  monthsShort: ({ months }: { months: string }) => `${months} ay`,

  mapsHeading: 'Paydaş haritaları',
  portfolioTotal: 'Portföy',
  nothingToDo: 'Yok: her plan geçerli, rolleri karşılanıyor ve sorunsuz.',
  notValidAt: ({ where }: { where: string }) => `geçerli bir plan değil: ${where}`,
  totalHead: { segment: 'Segment', currency: 'Para birimi', accounts: 'Müşteri', coverage: 'Karşılama', mrr: 'MRR', outlay: 'İlk yatırım', contribution: 'Dönem boyunca katkı', net: 'Net', roi: 'ROI (toplu)', breakEven: 'Ortalama başabaş' },

  table: {
    summary: ({ accounts, currencies, roles }: { accounts: number; currencies: readonly string[]; roles: string }) =>
      `${sayı(accounts)} müşteri` +
      (currencies.length > 0 ? `, ${sayı(currencies.length)} para birimi (${currencies.join(', ')}; birbiriyle toplanmaz)` : '') +
      ` · kritik roller: ${roles}`,
    accountHead: { account: 'müşteri', coverage: 'karşılama', problems: 'hata /\nuyarı', detractors: 'planı olmayan\nmuhalif', mrr: 'MRR', breakEven: 'başabaş', roi: 'ROI\n(dönem)', renewal: 'yenileme\n(kalan gün)' },
    totalHead: { segment: 'segment', currency: 'para birimi', accounts: 'müşteri', coverage: 'karşılama', mrr: 'MRR', outlay: 'ilk yatırım', contribution: 'katkı\n(dönem)', net: 'net', roi: 'ROI\n(toplu)', breakEven: 'ortalama\nbaşabaş' },
    wider: 'terminali genişletin ya da tamamı için --format markdown veya html kullanın',
    invalidPlans: 'geçersiz planlar (aşağıya bakın)',
    coverage: ({ legend }: { legend: string }) => `karşılama: ${legend}`,
    late: ({ days }: { days: number }) => `başabaş ⚠: yenileme tarihinden sonra geliyor ya da hiç gelmiyor · yenileme ⚠: ${sayı(days)} gün içinde`,
    roi: 'ROI (toplu): (Σ her sözleşme dönemindeki katkı − Σ ilk yatırım) / Σ ilk yatırım, para birimi başına; farklı para birimlerindeki tutarlar birbiriyle toplanmaz.',
    nothing: 'yok: her plan geçerli, rolleri karşılanıyor ve sorunsuz',
    breakEven: ({ month, date }: { month: number; date: string }) => `${sayı(month)}. ay (${date})`,
    daysLeft: ({ days }: { days: number }) => sayı(days),
    passed: 'geçti',
    portfolio: 'portföy',
  },

  markdown: {
    roles: ({ roles }: { roles: string }) => `Kritik roller: ${roles}.`,
    summary: ({ accounts, currencies, roles, coverage, errors, warnings }: { accounts: number; currencies: readonly string[]; roles: string; coverage: string; errors: number; warnings: number }) =>
      `${sayı(accounts)} müşteri` +
      (currencies.length > 0 ? `, ${currencies.length === 1 ? 'tek para birimi' : `${sayı(currencies.length)} para birimi`} (${currencies.join(', ')}; farklı para birimlerindeki tutarlar birbiriyle toplanmaz)` : '') +
      `. Kritik roller: ${roles}. ` +
      `Karşılama ${coverage}; ${sayı(errors)} hata, ${sayı(warnings)} uyarı.`,
    accountHead: { segment: 'Segment', account: 'Müşteri', coverage: 'Karşılama', errors: 'Hata', warnings: 'Uyarı', detractors: 'Planı olmayan muhalifler', mrr: 'MRR', breakEven: 'Başabaş', roi: 'ROI (dönem)', renewal: 'Yenileme' },
    coverage: ({ legend }: { legend: string }) => `Karşılama: ${legend}.`,
    roi: 'ROI (toplu): (Σ her sözleşme dönemindeki katkı − Σ ilk yatırım) / Σ ilk yatırım, her para biriminde ayrı.',
    mapsLegend: ({ stances }: { stances: string }) => `Tutum: ${stances}. ⚠ bir açığı gösterir; ↳ yedek: yerini alacak kişi; kesikli gri kutu: müşteriden ayrılmış.`,
    noStakeholders: 'Henüz paydaş yok.',
  },

  html: {
    heading: 'Gelir portföyü',
    asOf: ({ date }: { date: string }) => `${date} itibarıyla`,
    neverAddedTogether: '(birbiriyle toplanmaz)',
    coverageHeadline: ({ coverage }: { coverage: string }) => `kritik rollerin karşılanma oranı ${coverage}`,
    problems: ({ errors, warnings }: { errors: number; warnings: number }) => `${sayı(errors)} hata, ${sayı(warnings)} uyarı`,
    footerCoverage: ({ roles, code }: { roles: string; code: (text: string) => string }) =>
      `Kritik bir rol (${roles}) şu durumda karşılanıyor sayılır: rolü, şirketten ayrılmamış bir Grup 1 savunucusu veya destekçisi üstleniyor ve rolü tek başına üstleniyorsa güncel bir yedeği var. ${code('cro check')} komutunun ${code('critical-roles')} ve ${code('role-backup')} kuralları da bunu böyle tanımlar.`,
    footerEconomics:
      'Başabaş: birikimli katkının (gelir × brüt kâr marjı − destek maliyeti) müşteri edinme ve devreye alma maliyetini ilk kez karşıladığı ay. ROI: sözleşme dönemi boyunca, yenileme tarihine kadar. Farklı para birimlerindeki tutarlar birbiriyle toplanmaz.',
    generatedBy: ({ version }: { version: string }) => `git'teki müşteri planlarından cro ${version} ile oluşturuldu.`,
    kpiAccounts: ({ currency, count }: { currency: string; count: number }) => `${currency} · ${sayı(count)} müşteri`,
    mrr: 'MRR',
    outlay: 'İlk yatırım',
    netOverTerm: 'Dönem boyunca net',
    roiPooled: 'ROI (toplu)',
    averageBreakEven: 'Ortalama başabaş',
    criticalRoles: 'Kritik roller',
    covered: 'karşılanıyor',
    coveredLabel: 'Karşılanan',
    detractorsWithoutPlan: 'Planı olmayan muhalifler',
    needAttention: 'İlgilenilmesi gereken',
    attentionOf: ({ count, total }: { count: number; total: number }) => `${sayı(total)} müşteriden ${sayı(count)}`,
    errorsWarnings: 'Hata · uyarı',
    totalsLabel: 'Portföy toplamları',
    rolesCovered: ({ covered, total }: { covered: number; total: number }) => `${sayı(total)} kritik rolden ${sayı(covered)} tanesi karşılanıyor`,
    invalidPlans: 'Geçersiz planlar',
    accountsTable: 'Müşteriler tablosu',
    accountHead: { account: 'Müşteri', coverage: 'Karşılama', errors: 'Hata', warnings: 'Uyarı', detractors: 'Planı olmayan muhalifler', mrr: 'MRR', breakEven: 'Başabaş', roi: 'ROI (dönem)', renewal: 'Yenileme' },
    coverageLegend: ({ covered, single, uncovered }: { covered: string; single: string; uncovered: string }) =>
      `Karşılama, her kritik rol için bir kutu: ${covered} dolu: karşılanıyor (savunucu veya destekçi, yedeği var) · ${single} yarım: tek kişiye bağlı (tek kişi, yedeği yok) · ${uncovered} boş: karşılanmıyor. Kırmızı başabaş: yenileme tarihinden sonra geliyor ya da hiç gelmiyor.`,
    totalsTable: 'Toplamlar tablosu',
    roi: 'ROI (toplu): (Σ her müşterinin sözleşme dönemindeki katkı − Σ ilk yatırım) ÷ Σ ilk yatırım, tek bir para birimi içinde.',
    chartFacts: ({ currency, outlay, breakEven }: { currency: string; outlay: string; breakEven: string }) => `${currency} · ilk yatırım ${outlay} · ${breakEven}`,
    chartLabel: ({ account, file }: { account: string; file: string }) => `Geri ödeme grafiği: ${account} (${file})`,
    noEconomicsFor: ({ names }: { names: string }) => `Henüz ekonomik veri yok, bu yüzden grafik de yok: ${names}.`,
    paybackHeading: 'Müşteri bazında geri ödeme',
    noEconomics: 'Henüz hiçbir planda ekonomik veri yok.',
    chartLegend: ({ line, outlay, breakEven, renewal }: { line: string; outlay: string; breakEven: string; renewal: string }) =>
      `${line} birikimli katkı ${outlay} geri kazanılacak ilk yatırım (edinme + devreye alma) ${breakEven} başabaş noktası ${renewal} yenileme (sözleşme döneminin sonu)`,
    mapsLegend: ({ flag, left }: { flag: string; left: (text: string) => string }) =>
      `${flag} ele alınması gereken bir açık · ${left('ayrıldı')} müşteriden ayrılmış: kayıt için tutulur, hiçbir hesaba katılmaz · ↳ yerini alacak yedek`,
    seeAbove: '(yukarıya bakın)',
    nobodyHolds: 'bu rolü kimse üstlenmiyor',
    nobodyYet: 'Henüz kimse yok.',
    backup: ({ name }: { name: string }) => `↳ yedek: ${name}`,
    noBackup: '↳ yedek yok ⚠',
  },

  chart: {
    monthsSince: ({ date }: { date: string }) => `ay (başlangıç: ${date})`,
    renewal: ({ date }: { date: string }) => `yenileme ${date}`,
    defaultTerm: '12 aylık dönem',
    today: 'bugün',
    outlay: ({ amount }: { amount: string }) => `ilk yatırım ${amount}`,
    neverBreaksEven: 'başabaşa hiç ulaşmıyor',
    breakEven: ({ months, date }: { months: string; date: string }) => `başabaş: ${months} ay · ${date}`,
    summaryNever: ({ account, months }: { account: string; months: number }) => `${account}: ${sayı(months)} ay içinde başabaşa ulaşmıyor`,
    summary: ({ account, month, date, outlay }: { account: string; month: number; date: string; outlay: string }) =>
      `${account}: ${outlay} ilk yatırımla ${sayı(month)}. ayda (${date}) başabaşa ulaşıyor`,
  },

  attention: {
    invalid: "geçerli bir plan değil: cro okuyabilsin diye düzeltin",
    invalidAt: ({ rule, line, column }: { rule: string; line: number; column: number }) =>
      `geçerli bir plan değil (${rule}, ${line}:${column}): cro okuyabilsin diye düzeltin`,
    uncovered: ({ roles }: { roles: string }) => `${roles} karşılanmıyor`,
    detractorWithoutPlan: ({ names }: { names: string }) => `muhalif ${names} için kazanma planı yok`,
    overdueWinPlan: ({ names }: { names: string }) => `${names} için kazanma planının tarihi geçti`,
    singleThreaded: ({ roles }: { roles: string }) => `${roles} tek kişiye bağlı`,
    noEconomics: 'ekonomik veri yok, bu yüzden başabaş da yok',
    neverBreaksEven: ({ months }: { months: number }) => `${sayı(months)} ay içinde başabaşa ulaşmıyor`,
    paysBackAfterRenewal: ({ month, date, renewal }: { month: number; date: string; renewal: string }) =>
      `başabaşa ${sayı(month)}. ayda (${date}) ulaşıyor, yani yenilemeden (${renewal}) sonra`,
    otherErrors: ({ count }: { count: number }) => `cro check'in bulduğu ${sayı(count)} hata daha`,
    warnings: ({ count }: { count: number }) => `${sayı(count)} uyarı`,
    renewalPassed: ({ date }: { date: string }) => `yenileme tarihi (${date}) geçti: yenilemeyi ya da müşteri kaybını plana yazın`,
    renewsToday: 'bugün yenileniyor',
    renewsIn: ({ days }: { days: number }) => `${sayı(days)} gün sonra yenileniyor`,
    more: ({ count }: { count: number }) => `ve ${sayı(count)} tane daha`,
  },
} satisfies Catalog['report'];
