import type { Group, Role, Stance } from '../../plan/vocabulary.js';
import type { Lang } from './fields.js';

/** Everything the interactive `cro init` says, in the template's language. */
export interface PromptText {
  intro: string;
  accountName: string;
  accountNameRequired: string;
  noSlug: string;
  fileExists: (file: string) => string;
  segment: string;
  owner: string;
  customerSince: string;
  renewalDate: string;
  renewalAfterStart: string;
  renewalPassed: string;
  currency: string;
  teamIntro: string;
  sales: string;
  marketing: string;
  customerSuccess: string;
  renewMessage: string;
  newBuyMessage: string;
  sameMessages: string;
  renewalRequirement: (first: boolean) => string;
  addStakeholder: (first: boolean) => string;
  stakeholderName: string;
  nameRequired: string;
  stakeholderTitle: string;
  group: string;
  groups: Record<Group, string>;
  groupShort: Record<Group, string>;
  backupLabel: string;
  roles: string;
  roleNames: Record<Role, string>;
  stance: string;
  stances: Record<Stance, string>;
  objection: string;
  objections: Record<'competitor' | 'poor-fit' | 'concern', string>;
  objectionDetail: string;
  backup: (name: string) => string;
  nobodyYet: string;
  addEconomics: string;
  revenueBasis: string;
  perMonth: string;
  perYear: string;
  monthlyRevenue: string;
  annualRevenue: string;
  acquisitionCost: string;
  onboardingCost: string;
  grossMargin: string;
  supportCostMonthly: string;
  monthlyChurn: string;
  summary: string;
  labels: {
    account: string;
    segment: string;
    owner: string;
    customerSince: string;
    renewalDate: string;
    currency: string;
    team: string;
    messages: string;
    renewal: string;
    stakeholders: string;
    economics: string;
    template: string;
    file: string;
  };
  functions: { sales: string; marketing: string; customerSuccess: string };
  economicsNames: Record<'acquisitionCost' | 'onboardingCost' | 'monthlyRevenue' | 'annualRevenue' | 'grossMargin' | 'supportCostMonthly' | 'monthlyExpansion' | 'monthlyChurn' | 'discountRate', string>;
  toFill: string;
  confirm: (file: string) => string;
  /** `what` says what the file holds, in English ("262 lines, 10 stakeholders"). */
  confirmReplace: (file: string, what: string) => string;
  notWritten: string;
}

const en: PromptText = {
  intro: 'A new Trust Enablement account plan. Press Enter to accept a default or to leave a field for later; Ctrl-C stops without writing anything.',
  accountName: 'Account name (the customer company)',
  accountNameRequired: 'The account name is required',
  noSlug: 'This name has no letters or digits to make a file name from',
  fileExists: (file) => `${file} already exists; choose another name, or run again with --force to overwrite it`,
  segment: 'Segment (e.g. enterprise, mid-market, smb)',
  owner: 'Account owner (the person accountable)',
  customerSince: 'Customer since (YYYY-MM-DD)',
  renewalDate: 'Renewal date (YYYY-MM-DD)',
  renewalAfterStart: 'The renewal date comes after the customer started',
  renewalPassed: 'That date has passed: give the next renewal date (or leave it empty)',
  currency: 'Currency (ISO 4217 code)',
  teamIntro: 'The cross-functional team: names, separated by commas.',
  sales: 'Sales',
  marketing: 'Marketing',
  customerSuccess: 'Customer success',
  renewMessage: 'Message for Group 1, who renew and buy more (Enter to fill in later)',
  newBuyMessage: 'Message for Group 2, the new buy (Enter to fill in later)',
  sameMessages: 'Two audiences need two different messages',
  renewalRequirement: (first) =>
    first ? 'What must happen for the customer to renew? One outcome (Enter to fill in later)' : 'Another outcome the customer must see (Enter when done)',
  addStakeholder: (first) => (first ? 'Add a stakeholder you already know?' : 'Add another stakeholder?'),
  stakeholderName: 'Name (leave empty to stop adding people)',
  nameRequired: 'The name is required',
  stakeholderTitle: 'Title (Enter to skip)',
  group: 'Group',
  groups: {
    renew: 'Group 1: renew and buy more (bought and uses the product)',
    'new-buy': 'Group 2: new buy (not involved yet)',
  },
  groupShort: { renew: 'Group 1', 'new-buy': 'Group 2' },
  backupLabel: 'backup',
  roles: 'Roles (space selects, Enter confirms)',
  roleNames: {
    'end-user': 'end user',
    administrator: 'product administrator',
    procurement: 'procurement',
    'budget-owner': 'budget owner',
    'executive-sponsor': 'executive sponsor',
    other: 'other',
  },
  stance: 'Stance',
  stances: { advocate: 'advocate', supporter: 'supporter', neutral: 'neutral', detractor: 'detractor', unknown: 'unknown' },
  objection: 'What was their objection?',
  objections: { competitor: 'pushed for a competitor', 'poor-fit': 'thought we were a poor fit', concern: 'had concerns' },
  objectionDetail: 'Details (Enter to skip)',
  backup: (name) => `Backup for ${name} (takes over if they leave)`,
  nobodyYet: 'nobody yet',
  addEconomics: 'Add the economics now, for the break-even?',
  revenueBasis: 'Revenue',
  perMonth: 'per month',
  perYear: 'per year',
  monthlyRevenue: 'Monthly recurring revenue',
  annualRevenue: 'Annual recurring revenue',
  acquisitionCost: 'Acquisition cost (sales and marketing cost to win the deal; Enter for 0)',
  onboardingCost: 'Onboarding cost (one-off; Enter for 0)',
  grossMargin: 'Gross margin, a fraction (0.78 or 78%; Enter for 1)',
  supportCostMonthly: 'Support cost per month (Enter for 0)',
  monthlyChurn: 'Monthly churn (0.01 or 1%; Enter for 0)',
  summary: 'Summary',
  labels: {
    account: 'Account',
    segment: 'Segment',
    owner: 'Owner',
    customerSince: 'Customer since',
    renewalDate: 'Renewal date',
    currency: 'Currency',
    team: 'Team',
    messages: 'Messages',
    renewal: 'To renew',
    stakeholders: 'Stakeholders',
    economics: 'Economics',
    template: 'Template',
    file: 'File',
  },
  functions: { sales: 'sales', marketing: 'marketing', customerSuccess: 'customer success' },
  economicsNames: {
    acquisitionCost: 'acquisition cost',
    onboardingCost: 'onboarding cost',
    monthlyRevenue: 'monthly revenue',
    annualRevenue: 'annual revenue',
    grossMargin: 'gross margin',
    supportCostMonthly: 'support cost per month',
    monthlyExpansion: 'monthly expansion',
    monthlyChurn: 'monthly churn',
    discountRate: 'discount rate',
  },
  toFill: '(to fill in)',
  confirm: (file) => `Write ${file}?`,
  confirmReplace: (file, what) => `${file} already exists (${what}). Replace it with the new plan?`,
  notWritten: 'Nothing written.',
};

const tr: PromptText = {
  intro: 'Yeni bir Trust Enablement müşteri planı. Varsayılanı kabul etmek ya da bir alanı sonraya bırakmak için Enter\'a basın; Ctrl-C hiçbir şey yazmadan çıkar.',
  accountName: 'Müşteri adı (müşteri şirket)',
  accountNameRequired: 'Müşteri adı gerekli',
  noSlug: 'Bu addan dosya adı yapılamıyor: içinde harf ya da rakam yok',
  fileExists: (file) => `${file} zaten var; başka bir ad seçin ya da üzerine yazmak için --force ile yeniden çalıştırın`,
  segment: 'Segment (ör. enterprise, mid-market, smb)',
  owner: 'Müşteri sorumlusu (bu müşteriden sorumlu olan kişi)',
  customerSince: 'Müşteri başlangıç tarihi (YYYY-AA-GG)',
  renewalDate: 'Yenileme tarihi (YYYY-AA-GG)',
  renewalAfterStart: 'Yenileme tarihi, müşterinin başlangıç tarihinden sonra olmalı',
  renewalPassed: 'Bu tarih geçti: bir sonraki yenileme tarihini girin (ya da boş bırakın)',
  currency: 'Para birimi (ISO 4217 kodu)',
  teamIntro: 'Çapraz fonksiyonlu ekip: adları virgülle ayırın.',
  sales: 'Satış',
  marketing: 'Pazarlama',
  customerSuccess: 'Müşteri başarısı',
  renewMessage: 'Grup 1 (yenileyin ve daha fazla satın alın) için mesaj (sonra doldurmak için Enter)',
  newBuyMessage: 'Grup 2 (yeni satın alma) için mesaj (sonra doldurmak için Enter)',
  sameMessages: 'İki kitle için iki farklı mesaj gerekir',
  renewalRequirement: (first) =>
    first ? 'Müşterinin yenilemesi için ne olması gerekiyor? Bir sonuç (sonra doldurmak için Enter)' : 'Müşterinin görmesi gereken başka bir sonuç (bitirmek için Enter)',
  addStakeholder: (first) => (first ? 'Tanıdığınız bir paydaş eklensin mi?' : 'Başka bir paydaş eklensin mi?'),
  stakeholderName: 'Ad Soyad (kişi eklemeyi bitirmek için boş bırakın)',
  nameRequired: 'Ad gerekli',
  stakeholderTitle: 'Unvan (atlamak için Enter)',
  group: 'Grup',
  groups: {
    renew: 'Grup 1: yenileyin ve daha fazla satın alın (ürünü satın aldı ve kullanıyor)',
    'new-buy': 'Grup 2: yeni satın alma (henüz dahil değil)',
  },
  groupShort: { renew: 'Grup 1', 'new-buy': 'Grup 2' },
  backupLabel: 'yedek',
  roles: 'Roller (boşluk seçer, Enter onaylar)',
  roleNames: {
    'end-user': 'son kullanıcı',
    administrator: 'ürün yöneticisi',
    procurement: 'tedarik',
    'budget-owner': 'bütçe sahibi',
    'executive-sponsor': 'yönetici sponsor',
    other: 'diğer',
  },
  stance: 'Tutum',
  stances: { advocate: 'savunucu', supporter: 'destekçi', neutral: 'tarafsız', detractor: 'muhalif', unknown: 'bilinmiyor' },
  objection: 'İtirazı neydi?',
  objections: { competitor: 'bir rakip için bastırdı', 'poor-fit': 'uygun olmadığımızı düşündü', concern: 'endişeleri vardı' },
  objectionDetail: 'Ayrıntı (atlamak için Enter)',
  backup: (name) => `${name} için yedek (ayrılırsa yerine geçer)`,
  nobodyYet: 'henüz kimse',
  addEconomics: 'Başabaş hesabı için ekonomik veriler şimdi girilsin mi?',
  revenueBasis: 'Gelir',
  perMonth: 'aylık',
  perYear: 'yıllık',
  monthlyRevenue: 'Aylık yinelenen gelir',
  annualRevenue: 'Yıllık yinelenen gelir',
  acquisitionCost: 'Edinme maliyeti (anlaşmayı kazanmanın satış ve pazarlama maliyeti; 0 için Enter)',
  onboardingCost: 'Kurulum maliyeti (bir kerelik; 0 için Enter)',
  grossMargin: 'Brüt kâr marjı, oran olarak (0.78 ya da %78; 1 için Enter)',
  supportCostMonthly: 'Aylık destek maliyeti (0 için Enter)',
  monthlyChurn: 'Aylık müşteri kaybı oranı (0.01 ya da %1; 0 için Enter)',
  summary: 'Özet',
  labels: {
    account: 'Müşteri',
    segment: 'Segment',
    owner: 'Sorumlu',
    customerSince: 'Başlangıç',
    renewalDate: 'Yenileme',
    currency: 'Para birimi',
    team: 'Ekip',
    messages: 'Mesajlar',
    renewal: 'Yenileme için',
    stakeholders: 'Paydaşlar',
    economics: 'Ekonomi',
    template: 'Şablon',
    file: 'Dosya',
  },
  functions: { sales: 'satış', marketing: 'pazarlama', customerSuccess: 'müşteri başarısı' },
  economicsNames: {
    acquisitionCost: 'edinme maliyeti',
    onboardingCost: 'kurulum maliyeti',
    monthlyRevenue: 'aylık gelir',
    annualRevenue: 'yıllık gelir',
    grossMargin: 'brüt kâr marjı',
    supportCostMonthly: 'aylık destek maliyeti',
    monthlyExpansion: 'aylık gelir artışı',
    monthlyChurn: 'aylık müşteri kaybı',
    discountRate: 'iskonto oranı',
  },
  toFill: '(doldurulacak)',
  confirm: (file) => `${file} yazılsın mı?`,
  confirmReplace: (file, what) => `${file} zaten var (${what}). Yeni planla değiştirilsin mi?`,
  notWritten: 'Hiçbir şey yazılmadı.',
};

export function promptText(lang: string): PromptText {
  return lang === 'tr' ? tr : en;
}

export function promptLang(lang: string): Lang {
  return lang === 'tr' ? 'tr' : 'en';
}
