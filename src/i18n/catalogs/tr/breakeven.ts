import type { Catalog } from '../en/index.js';
import { sayı } from './count.js';

/*
 * `cro breakeven` in Turkish. The glossary's words: başabaş noktası ("başabaş noktasına
 * ulaşır"), kendini … ayda amorti eder, ilk yatırım (edinme + devreye alma), brüt kâr
 * marjı, kayıp oranı (churn), genişleme, ufuk, senaryo (what-if), yatırım getirisi (ROI).
 */
const ay = (n: number) => `${sayı(n)} ay`;

export const breakeven = {
  whatIf: 'Senaryo',
  whatIfFile: 'senaryo',
  it: 'bu müşteri',

  errors: {
    unknownFormat: ({ format, suggestion, formats }: { format: string; suggestion: string; formats: string }) =>
      `--format ${format}: bilinmeyen biçim${suggestion}; ${formats} kullanın`,
    notInJson: ({ flag }: { flag: string }) => `${flag} JSON çıktısında yer almaz; bunun için --format table ya da markdown kullanın`,
    startNotDate: ({ value }: { value: string }) => `--start ${value}: geçerli bir tarih değil; YYYY-AA-GG biçiminde yazın, ör. --start 2026-02-01`,
    whatIfWithPaths: ({ flags, count: n, paths }: { flags: string; count: number; paths: string }) =>
      `${flags} ${n === 1 ? 'seçeneği' : 'seçenekleri'} plansız bir senaryo tanımlar, plan yollarıyla (${paths}) birlikte kullanılamaz; ` +
      'senaryo için yolları, planlar için rakam seçeneklerini çıkarın',
    horizonTooLong: ({ value, max }: { value: string; max: number }) => `--horizon ${value}: ufuk en fazla ${sayı(max)} ay (100 yıl) olabilir`,
    currency: ({ value }: { value: string }) => `--currency ${value}: bir ISO 4217 para birimi kodu değil; USD, EUR ya da TRY gibi üç harfli bir kod yazın`,
    needsRevenue: 'senaryo için gelir gerekir: --monthly-revenue <tutar> (ör. --monthly-revenue 9500) ya da --annual-revenue <tutar> ekleyin',
    bothRevenues: '--monthly-revenue ya da --annual-revenue verin, ikisini birden değil',
  },

  notes: {
    prefix: 'not: ',
    expansion: ({ value, percent, fraction }: { value: string; percent: string; fraction: string }) =>
      `--expansion ${value}, gelirin ayda ${percent} büyümesi demektir; şunu mu demek istediniz: ${fraction}?`,
    discountRate: ({ value, percent, fraction }: { value: string; percent: string; fraction: string }) =>
      `--discount-rate ${value}, yılda ${percent} demektir; şunu mu demek istediniz: ${fraction}?`,
    needsEconomics: ({ flags, count: _count, plans }: { flags: readonly string[]; count: number; plans: number }) =>
      `${flags.join(' ve ')} için ekonomik verisi (economics) olan bir plan gerekir; ${plans === 1 ? 'bu planda yok' : 'bu planların hiçbirinde yok'}`,
    invalid: ({ location, message, rule, file }: { location: string; message: string; rule: string; file: string }) =>
      `${location}: ${message} (${rule}); bütün bulgular için \`cro check ${file}\` çalıştırın`,
  },

  gate: {
    fromConfig: ({ months, where }: { months: number; where: string }) => `${where} içindeki breakeven.maxMonths ${months}`,
    theConfig: 'yapılandırma',
    never: ({ where, who, horizon, limit }: { where: string; who: string; horizon: number; limit: string }) =>
      `${where}: ${who} ${ay(horizon)}lık ufukta başabaş noktasına ulaşmıyor (${limit})`,
    later: ({ where, who, month, limit }: { where: string; who: string; month: number; limit: string }) =>
      `${where}: ${who} başabaş noktasına ${sayı(month)}. ayda ulaşıyor, yani ${limit} sınırından sonra`,
  },

  never: {
    noRevenue: ({ outlay, support }: { outlay: string; support: string | null }) =>
      support === null
        ? `gelir yok, bu yüzden ${outlay} tutarındaki ilk yatırım hiçbir zaman amorti edilmiyor`
        : `gelir yok ve destek maliyeti ayda ${support}, bu yüzden ${outlay} tutarındaki ilk yatırım hiçbir zaman amorti edilmiyor`,
    noContribution: ({ outlay, support, margin, revenue, grossMargin, equal, shrink, loss }: { outlay: string; support: string; margin: string; revenue: string; grossMargin: string; equal: boolean; shrink: string | null; loss: string }) => {
      const how = `${revenue} gelir, ${grossMargin} brüt kâr marjı`;
      const shrinking = shrink === null ? '' : ` ve gelir ayda ${shrink} küçülüyor`;
      if (equal) return `destek maliyeti ayda ${support}, yani marjın kazandırdığının tamamı (${how})${shrinking}; ${outlay} tutarındaki ilk yatırımı amorti edecek bir şey kalmıyor`;
      const loses = shrink === null ? `her ay ${loss} zarar ediliyor` : 'her ay zarar ediliyor';
      return `destek maliyeti ayda ${support}, marj ise yalnızca ${margin} kazandırıyor (${how})${shrinking}; ${loses} ve ${outlay} tutarındaki ilk yatırım hiçbir zaman amorti edilmiyor`;
    },
    tooSlow: ({ outlay, contribution, month, horizon }: { outlay: string; contribution: string; month: string; horizon: string }) =>
      `destek maliyeti düşülünce ayda ${contribution} kalıyor; ${outlay} tutarındaki ilk yatırım ancak ${month}. ayda amorti ediliyor, bu da ${horizon} aylık ufkun ötesinde`,
    ceiling: ({ outlay, shrink, ceiling }: { outlay: string; shrink: string; ceiling: string }) =>
      `gelir ayda ${shrink} küçülüyor; birikimli katkı hep ${ceiling} altında kalıyor ve ${outlay} tutarındaki ilk yatırıma hiçbir zaman ulaşmıyor`,
    late: ({ outlay, month, horizon, from }: { outlay: string; month: string; horizon: string; from: string | null }) =>
      `${from === null ? '' : `marj destek maliyetini ancak ${from}. aydan itibaren karşılıyor; `}${outlay} tutarındaki ilk yatırım ancak ${month}. ayda amorti ediliyor, bu da ${horizon} aylık ufkun ötesinde`,
    peak: ({ outlay, shrink, peak, month }: { outlay: string; shrink: string; peak: string; month: string }) =>
      `gelir ayda ${shrink} küçülüyor; birikimli katkı ${month}. ayda ${peak} ile zirveye çıkıyor ve ${outlay} tutarındaki ilk yatırıma hiçbir zaman ulaşmıyor`,
    notWithinHorizon: ({ outlay, horizon }: { outlay: string; horizon: string }) => `${outlay} tutarındaki ilk yatırım ${horizon} aylık ufuk içinde amorti edilmiyor`,
    notWithin: ({ outlay, months, years, horizon }: { outlay: string; months: string; years: string; horizon: string }) =>
      `${outlay} tutarındaki ilk yatırım ${months} ay (${years} yıl) içinde de amorti edilmiyor, bu da ${horizon} aylık ufkun çok ötesinde`,
    fallback: 'katkı, ilk yatırımı hiçbir zaman karşılamıyor',
  },

  summary: {
    whatIfTitle: 'Senaryo (seçeneklerle verilen rakamlar)',
    labels: {
      outlay: 'İlk yatırım', month1: '1. ayın katkısı', breakEven: 'Başabaş', discounted: 'İskontolu', expected: 'Beklenen',
      chance: 'Olasılık', roi: 'ROI', ltv: 'LTV', renewal: 'Yenileme', start: 'Başlangıç',
    },
    acquisition: ({ amount }: { amount: string }) => `edinme ${amount}`,
    onboarding: ({ amount }: { amount: string }) => `devreye alma ${amount}`,
    outlay: ({ outlay, parts }: { outlay: string; parts: readonly string[] }) => `${outlay}${parts.length > 0 ? ` (${parts.join(' + ')})` : ''}`,
    revenueAnnual: ({ monthly, annual }: { monthly: string; annual: string }) => `gelir ${monthly} (yılda ${annual})`,
    revenue: ({ monthly }: { monthly: string }) => `gelir ${monthly}`,
    margin: ({ margin }: { margin: string }) => ` × ${margin} brüt kâr marjı`,
    support: ({ support }: { support: string }) => ` − destek ${support}`,
    growing: ({ rate }: { rate: string }) => `, gelir ayda ${rate} büyüyor`,
    shrinking: ({ rate }: { rate: string }) => `, gelir ayda ${rate} küçülüyor`,
    month1: ({ contribution, revenue, margin, support, trend }: { contribution: string; revenue: string; margin: string; support: string; trend: string }) =>
      `${contribution} = ${revenue}${margin}${support}${trend}`,
    neverWithin: ({ horizon }: { horizon: number }) => `${ay(horizon)} içinde hiçbir zaman`,
    breakEven: ({ month, months, date }: { month: number; months: string; date: string }) => `${sayı(month)}. ay · ${months} ay · ${date}`,
    noDiscount: 'aynı (iskonto oranı yok)',
    discountedNot: ({ horizon, rate }: { horizon: number; rate: string }) => `${ay(horizon)} içinde değil (yıllık ${rate} iskontoyla)`,
    discounted: ({ month, rate }: { month: number; rate: string }) => `${sayı(month)}. ay (yıllık ${rate} iskontoyla)`,
    noChurn: 'aynı (kayıp oranı yok)',
    expectedNot: ({ horizon, churn }: { horizon: number; churn: string }) =>
      `${ay(horizon)} içinde değil (her ay müşterinin kalma olasılığıyla ağırlıklı; aylık kayıp oranı ${churn})`,
    expected: ({ month, churn }: { month: number; churn: string }) =>
      `${sayı(month)}. ay (her ay müşterinin kalma olasılığıyla ağırlıklı; aylık kayıp oranı ${churn})`,
    chanceNothing: '%100: amorti edilecek bir şey yok',
    chance: ({ chance, month }: { chance: string; month: number }) => `${chance}: müşterinin ${sayı(month)}. ayda hâlâ ödüyor olma olasılığı`,
    termToDate: ({ term, date }: { term: number; date: string }) => `${ay(term)}lık sözleşme boyunca (bitiş ${date})`,
    termDefault: ({ term }: { term: number }) => `${ay(term)}lık dönem boyunca (yenileme tarihi yok)`,
    roiNone: ({ contribution, term }: { contribution: string; term: string }) => `— (geri kazanılacak ilk yatırım yok): ${term} ${contribution} katkı`,
    roi: ({ roi, term, contribution, outlay }: { roi: string; term: string; contribution: string; outlay: string }) =>
      `${term} ${roi}: ${outlay} ilk yatırıma karşılık ${contribution} katkı`,
    ltv: ({ ltv, churn }: { ltv: string; churn: string }) => `${ltv} (1. ayın katkısı ÷ aylık kayıp oranı ${churn})`,
    ltvNoChurn: '— (kayıp oranı yok, müşteri ömrü sonsuz sayılır)',
    ltvTrend: '— (gelir büyürken ya da küçülürken tanımlı değil)',
    renewalNone: ({ pays, term }: { pays: boolean | null; term: number }) =>
      `yok; ${pays === null ? 'kendini hiçbir zaman amorti etmiyor' : pays ? `kendini varsayılan ${ay(term)}lık dönem içinde amorti ediyor` : `kendini ancak varsayılan ${ay(term)}lık dönemden sonra amorti ediyor`}`,
    renewal: ({ date, passed, term, pays }: { date: string; passed: boolean; term: number; pays: boolean | null }) =>
      `${date}${passed ? ' (geçti)' : ''}, sözleşmenin ${sayı(term)}. ayında: ${pays === null ? 'kendini hiçbir zaman amorti etmiyor' : pays ? 'kendini yenilemeden önce amorti ediyor' : 'kendini ancak yenilemeden sonra amorti ediyor'}`,
    startToday: ({ date }: { date: string }) => `${date} (bugün; --start ile sabitleyin)`,
    startTodayPlan: ({ date }: { date: string }) => `${date} (bugün: planda ne economics.start ne de account.customerSince var)`,
    startFrom: ({ date, source }: { date: string; source: string }) => `${date} (${source})`,

    headlineNever: ({ horizon, reason }: { horizon: number; reason: string }) => `${ay(horizon)}lık ufukta başabaş noktasına ulaşmıyor: ${reason}`,
    nothingToPayBack: 'Amorti edilecek bir şey yok: müşteri edinme ya da devreye alma maliyeti yok',
    when: ({ month, exact, months, date }: { month: number; exact: boolean; months: string; date: string }) =>
      `Başabaş noktasına ${exact ? 'tam ' : ''}${sayı(month)}. ayda${exact ? '' : ` (${months} ay)`}, ${date} tarihinde ulaşıyor`,
    failsGate: ({ when, limit }: { when: string; limit: string }) => `${when}: ${limit} sınırından sonra, bu yüzden kontrolden geçemiyor`,
    withinTerm: ({ when, term }: { when: string; term: number }) => `${when}; ${ay(term)}lık dönem içinde (yenileme tarihi yok)`,
    afterTerm: ({ when, term }: { when: string; term: number }) => `${when}; ${ay(term)}lık dönemden sonra (yenileme tarihi yok)`,
    renewalPassed: ({ when, date }: { when: string; date: string }) => `${when}; ${date} yenileme tarihi geçti: bir sonrakini account.renewalDate alanına yazın`,
    beforeRenewal: ({ when, date }: { when: string; date: string }) => `${when}; ${date} yenileme tarihinden önce`,
    afterRenewal: ({ when, date }: { when: string; date: string }) => `${when}; ${date} yenileme tarihinden sonra: müşteri, anlaşma kendini amorti etmeden yenileme kararı verecek`,
  },

  schedule: {
    marks: { breakEven: 'başabaş', renewal: 'yenileme', endOfTerm: 'dönem sonu', discounted: 'iskontolu başabaş', expected: 'beklenen başabaş' },
    heading: ({ who, outlay, date, never, horizon }: { who: string; outlay: string; date: string; never: boolean; horizon: number }) =>
      `${who}: aylık tablo, ilk yatırım ${outlay} (başlangıç ${date})${never ? `; ${ay(horizon)} içinde başabaş noktasına ulaşmıyor` : ''}`,
    head: { month: 'ay', date: 'tarih', revenue: 'gelir', contribution: 'katkı', cumulative: 'birikimli', discounted: 'iskontolu', survival: 'elde tutma' },
    markdownHead: { month: 'Ay', date: 'Tarih', revenue: 'Gelir', contribution: 'Katkı', cumulative: 'Birikimli', discounted: 'İskontolu', survival: 'Elde tutma' },
    nothing: 'Amorti edilecek bir şey yok: müşteri edinme ya da devreye alma maliyeti yok.',
  },

  chart: {
    title: ({ who, currency }: { who: string; currency: string }) => `${who}: birikimli katkı ve ilk yatırım (${currency})`,
    noMonths: 'Ufuk içinde grafiği çizilecek ay yok.',
    axis: ' ay',
    cumulative: '█ birikimli katkı',
    outlay: ({ outlay }: { outlay: string }) => `─ ilk yatırım ${outlay}`,
    never: ({ horizon, reason }: { horizon: number; reason: string }) => `${ay(horizon)} içinde başabaş noktasına ulaşmıyor: ${reason}`,
    nothing: 'amorti edilecek bir şey yok',
    breakEven: ({ month, months, date }: { month: number; months: string; date: string }) => `▲ başabaş: ${sayı(month)}. ay (${months} ay), ${date}`,
    renewal: ({ term, date }: { term: number; date: string }) => `R yenileme: ${sayı(term)}. ay, ${date}`,
    endOfTerm: ({ term }: { term: number }) => `R ${ay(term)}lık dönemin sonu`,
  },

  table: {
    head: { plan: 'müşteri', outlay: 'ilk yatırım', breakEven: 'başabaş', date: 'tarih', discounted: 'iskontolu', expected: 'beklenen', chance: 'olasılık', roi: 'ROI', ltv: 'LTV', renewal: 'yenileme' },
    never: 'hiçbir zaman',
    breakEven: ({ month, months }: { month: number; months: string }) => `${sayı(month)} (${months})`,
    renewalPassed: '! geçti',
    before: '✔ önce',
    after: '✘ sonra',
    total: ({ currency, plans }: { currency: string; plans: number }) => `Toplam ${currency} (${sayı(plans)} plan)`,
    paysBack: ({ count: n, of }: { count: number; of: number }) => (n === 0 ? 'hiçbiri' : n === of ? 'hepsi' : `${sayı(of)} plandan ${sayı(n)} tanesi`),
    noEconomics: 'ekonomik veri yok',
    invalid: 'geçersiz',
    noEconomicsNote: ({ name }: { name: string }) => `${name}: ekonomik veri yok, başabaş noktası hesaplanamıyor; plana economics bölümünü ekleyin (o zamana kadar kontrolde sayılmaz).`,
    failsGate: ({ name, month, limit }: { name: string; month: number; limit: string }) => `${name} başabaş noktasına ${sayı(month)}. ayda, ${limit} sınırından sonra ulaşıyor: kontrolden geçemiyor.`,
    neverNote: ({ name, horizon, reason }: { name: string; horizon: number; reason: string }) => `${name} ${ay(horizon)} içinde başabaş noktasına ulaşmıyor: ${reason}.`,
    legend: {
      breakEven: 'başabaş: ay (kesirli ay)',
      discountedExpected: 'iskontolu/beklenen: iskontolu ve kayıp oranıyla ağırlıklı başabaş ayı',
      chance: 'olasılık: müşterinin başabaş ayında hâlâ ödüyor olma olasılığı',
      roi: 'ROI: sözleşme dönemi boyunca',
      renewal: 'yenileme: kendini yenileme tarihinden önce (tarih yoksa 12 ay içinde) amorti ediyor mu; geçti: yenileme tarihi geçmiş, bir sonrakini yazın',
    },
    wider: 'terminali genişletin ya da her şey için --format markdown veya json kullanın',
  },

  markdown: {
    noPlansHeading: '## cro breakeven: hiç plan bulunamadı',
    noPlans: 'Hiç plan bulunamadı; bir plan oluşturmak için `cro init` çalıştırın.',
    chartHeading: ({ who }: { who: string }) => `${who}: grafik`,
    scheduleHeading: ({ who }: { who: string }) => `${who}: aylık tablo`,
    footer: ({ version, asOf }: { version: string; asOf: string }) => `cro ${version}, ${asOf} itibarıyla`,
    plans: ({ plans, economics }: { plans: number; economics: number }) => `cro breakeven: ${sayı(plans)} plan${economics < plans ? `, ${sayı(economics)} tanesinde ekonomik veri var` : ''}`,
    head: { plan: 'Müşteri', file: 'Dosya', outlay: 'İlk yatırım', breakEven: 'Başabaş ayı (ay)', date: 'Tarih', discounted: 'İskontolu', expected: 'Beklenen', chance: 'Olasılık', roi: 'ROI', ltv: 'LTV', renewal: 'Yenileme' },
    noEconomics: 'ekonomik veri yok: başabaş noktası için plana economics bölümünü ekleyin',
    invalid: 'geçersiz plan:',
    failsGate: ({ name, month, limit }: { name: string; month: number; limit: string }) => `${name} başabaş noktasına ${sayı(month)}. ayda, ${limit} sınırından sonra ulaşıyor: kontrolden geçemiyor`,
    never: ({ name, horizon, reason }: { name: string; horizon: number; reason: string }) => `${name} ${ay(horizon)} içinde başabaş noktasına ulaşmıyor: ${reason}`,
  },
} satisfies Catalog['breakeven'];
