import type { Catalog } from '../en/index.js';

export const cli = {
  headings: {
    usage: 'Kullanım:',
    arguments: 'Argümanlar:',
    options: 'Seçenekler:',
    globalOptions: 'Genel seçenekler:',
    commands: 'Komutlar:',
    examples: 'Örnekler:',
  },
  words: {
    options: 'seçenekler',
    command: 'komut',
    file: 'dosya',
    format: 'biçim',
    date: 'tarih',
    language: 'dil',
    rule: 'kural',
    ruleSetting: 'kural=düzey',
    gitRef: 'git-revizyonu',
    templateName: 'ad|yol',
    folder: 'klasör',
    dir: 'klasör',
    slug: 'dosya-adı',
    text: 'metin',
    name: 'ad',
    code: 'kod',
    spec: 'tanım',
    months: 'ay',
    amount: 'tutar',
    fraction: 'oran',
    account: 'müşteri',
    paths: 'yollar',
    plan: 'plan',
  },
  choices: ({ values }: { values: string }) => `olası değerler: ${values}`,
  default: ({ value }: { value: string }) => `varsayılan: ${value}`,
  helpOption: 'komutun yardımını gösterir',
  helpCommand: 'bir komutun yardımını gösterir',
  versionOption: 'sürüm numarasını gösterir',
  parse: {
    unknownOption: ({ option }: { option: string }) => `bilinmeyen seçenek '${option}'`,
    unknownCommand: ({ command }: { command: string }) => `bilinmeyen komut '${command}'`,
    subcommandsOf: ({ command, subcommands }: { command: string; subcommands: readonly string[] }) => `; ${command} ile kullanılabilecek komutlar: ${subcommands.map((name) => `'${name}'`).join(', ')}`,
    missingArgument: ({ name }: { name: string }) => `gerekli argüman eksik: '${name}'`,
    missingOptionValue: ({ option }: { option: string }) => `'${option}' seçeneğinin değeri eksik`,
    tooManyArguments: ({ command, expected, received }: { command: string | undefined; expected: number; received: number }) =>
      `fazla argüman${command === undefined ? '' : ` ('${command}')`}: ${expected} argüman bekleniyordu, ${received} argüman verildi.`,
    invalidOptionValue: ({ option, value, reason }: { option: string; value: string; reason: string }) => `'${option}' seçeneğinin değeri '${value}' geçersiz. ${reason}`,
    allowedChoices: ({ choices }: { choices: string }) => `Olası değerler: ${choices}.`,
    didYouMean: ({ suggestion }: { suggestion: string }) => ` (şunu mu demek istediniz: ${suggestion}?)`,
    didYouMeanOneOf: ({ suggestions }: { suggestions: string }) => ` (şunlardan birini mi demek istediniz: ${suggestions}?)`,
  },
  interrupted: 'kesildi; hiçbir şey yazılmadı',
  internalError: ({ message }: { message: string }) => `iç hata: ${message}`,
  reportBug: 'Bu bir cro hatası; lütfen çalıştırdığınız komutla birlikte bildirin.',

  program: {
    description: 'Gelir planlama araçları: müşteri planlarını git deposunda YAML dosyası olarak tutun, kod gibi denetleyin, her müşterinin başabaş noktasını görün.',
    noColor: 'renkleri kapatır (NO_COLOR=1 de kapatır)',
    config: 'en yakındaki cro.config.yaml yerine bu yapılandırma dosyasını kullanır',
    lang: 'mesajların ve çıktının dili: en ya da tr (varsayılan: yapılandırmadaki lang, yoksa CRO_LANG, yoksa sistemin dili)',
  },
  format: 'çıktı biçimi',
  init: {
    summary: 'bir müşteri planı ya da bir plan deposu oluşturur',
    description:
      'Şablondan bir müşteri planı oluşturup <klasör>/<dosya-adı>.yaml olarak yazar: klasör --dir ile verilir; verilmezse yapılandırmadaki plan klasörü, o da yoksa bu klasör.\n' +
      'Terminalde planın alanlarını tek tek sorar (verdiğiniz seçenekler varsayılan yanıt olur), bir özet gösterir ve yazmadan önce onayınızı ister.\n' +
      '--yes verilmişse, terminal yoksa ya da CI tanımlıysa hiçbir şey sormaz: plan seçeneklerle doldurulur, diğer her alan yorum satırında yer tutucu olarak kalır.\n' +
      'Var olan bir dosyanın üzerine --force olmadan asla yazmaz. --repo ise plan yerine eksiksiz bir plan deposu oluşturur.',
    account: 'müşterinin adı (cro soru soramıyorsa zorunlu)',
    template: 'hazır şablon (bkz. --list-templates) ya da kendi şablon dosyanız',
    listTemplates: 'hazır şablonları listeler (plan oluşturmaz)',
    dir: 'planın yazılacağı klasör (varsayılan: yapılandırmadaki plan klasörü, yoksa bu klasör)',
    slug: '.yaml olmadan dosya adı (varsayılan: müşteri adından türetilir)',
    force: 'var olan dosyanın üzerine yazar',
    yes: 'hiçbir şey sormaz: seçenekleri kullanır, gerisini yer tutucu olarak bırakır',
    segment: 'müşteri segmenti, ör. enterprise, mid-market, smb',
    owner: 'ekibinizde müşteriden sorumlu kişi',
    customerSince: 'sözleşmenin başlangıç tarihi, YYYY-AA-GG',
    renewalDate: 'yenileme tarihi, YYYY-AA-GG',
    currency: 'ISO 4217 para birimi kodu, ör. TRY (--repo ile: yapılandırmanın varsayılan para birimi)',
    sales: 'müşteri ekibindeki satış sorumlusu (birden çok kez verilebilir)',
    marketing: 'müşteri ekibindeki pazarlama sorumlusu (birden çok kez verilebilir)',
    customerSuccess: 'müşteri ekibindeki müşteri başarısı sorumlusu (birden çok kez verilebilir)',
    stakeholder: 'bilinen bir paydaş: "Ad Soyad; title=…; group=renew|new-buy; roles=a,b; stance=…; backup=<kimlik ya da ad>; objection=competitor|poor-fit|concern" (birden çok kez verilebilir)',
    renewMessage: 'Grup 1 (yenileme ve ek satış) için mesaj',
    newBuyMessage: 'Grup 2 (yeni satın alma) için mesaj',
    renewalRequirement: 'yenileme şartı: müşterinin yenilemesi için ne olması gerektiği (birden çok kez verilebilir)',
    renewalRisk: 'yenileme riski: yenilemeyi neyin engelleyebileceği (birden çok kez verilebilir)',
    repo: 'plan yerine verilen klasörde bir plan deposu oluşturur (varsayılan: bu klasör)',
    example: '--repo ile: boş bir plan klasörü yerine örnek bir plan ekler',
    maxMonths: '--repo ile: yapılandırmaya ve CI iş akışına yazılacak başabaş sınırı, ay olarak (varsayılan 24)',
    exampleAsks: 'terminalde: sorar, özet gösterir, yazar',
    exampleTurkish: 'Türkçe şablon -> acme-lojistik-as.yaml',
  },
  check: {
    summary: 'planları doğrular, kapsama açıklarını bildirir',
    description: 'Planları plan biçimine göre doğrular ve yöntemin kapsama açıklarını, kod denetleyicisi (linter) gibi satır satır bildirir.\nYol verilmezse yapılandırmadaki `plans` okunur, o da yoksa bu klasör.',
    output: 'raporu standart çıktı yerine bir dosyaya yazar',
    asOf: 'zamana bağlı kuralların kullandığı tarih (YYYY-AA-GG, varsayılan bugün)',
    rule: 'bir kuralı off, warn ya da error yapar (birden çok kez verilebilir)',
    quiet: 'uyarıları gizler (--max-warnings için yine sayılır)',
    maxWarnings: "uyarı sayısı n'yi aşarsa 1 koduyla çıkar (-1: sınır yok)",
    cache: 'yalnızca son --cache çalıştırmasından bu yana içeriği değişen dosyaları yeniden denetler',
    cacheLocation: 'önbellek dosyasının yeri (varsayılan .cro-cache; --cache verilmiş sayılır)',
    changedSince: 'yalnızca bir git revizyonundan bu yana değişen planları denetler (ör. origin/main)',
  },
  paths: 'plan dosyaları ya da klasörler (alt klasörleriyle taranır)',
  breakeven: {
    summary: 'başabaş noktası, yatırım getirisi (ROI) ve LTV: tek plan, birden çok plan ya da bir senaryo',
    description:
      'Müşteri edinme ve devreye alma maliyetinin, süregelen destek giderleri de düşüldükten sonra karşılanması için müşterinin kaç ay kalması gerekir?\n' +
      'Tek plan: bir özet (ay, tarih, iskontolu ve kayıp oranıyla ağırlıklı başabaş, sözleşme boyunca ROI, LTV).\n' +
      'Birden çok plan ya da bir klasör (yol yoksa yapılandırmadaki planlar, o da yoksa bu klasör): her plan bir satır, en erken başabaşa ulaşan en üstte, para birimi başına toplamlarla.\n' +
      'Yol vermeden, rakam seçenekleriyle: bir senaryo; plan dosyası gerekmez. --max-months ile CI kontrolü olur: bir plan başabaşa daha geç ulaşıyorsa ya da hiç ulaşmıyorsa çıkış kodu 1.',
    output: 'sonucu standart çıktı yerine bir dosyaya yazar',
    schedule: 'ay ay tabloyu ekler; başabaş noktası ile sözleşme süresinden hangisi sonraysa oraya kadar',
    chart: 'birikimli katkıyı ilk yatırımla karşılaştıran bir grafik ekler',
    asOf: 'başlangıç tarihi olmayan planlarda bugün sayılacak tarih (YYYY-AA-GG, varsayılan bugün)',
    horizon: 'başabaş noktasının aranacağı ay sayısı (varsayılan: yapılandırmadaki breakeven.horizon, yoksa 120)',
    maxMonths: 'bir plan n. aydan sonra başabaşa ulaşıyorsa ya da hiç ulaşmıyorsa 1 koduyla çıkar (varsayılan: yapılandırmadaki breakeven.maxMonths)',
    start: 'senaryonun 1. ayı; ne economics.start ne de account.customerSince alanı olan planlarda da kullanılır',
    currency: 'senaryo ve para birimi olmayan planlar için ISO 4217 kodu (varsayılan: yapılandırmadaki currency, yoksa USD)',
    whatIf: ({ help }: { help: string }) => `senaryo: ${help}`,
    exampleEveryPlan: 'tüm planlar: her plan bir satır, para birimi başına toplamlar',
    exampleGate: 'CI kontrolü: bir plan 24. aydan sonra başabaşa ulaşıyorsa ya da hiç ulaşmıyorsa çıkış kodu 1',
  },
  economics: {
    acquisitionCost: 'müşteri edinme maliyeti (anlaşmayı kazanmanın satış ve pazarlama maliyeti)',
    onboardingCost: 'tek seferlik devreye alma maliyeti (varsayılan 0)',
    monthlyRevenue: '1. aydaki tekrarlayan aylık gelir',
    annualRevenue: 'yıllık tekrarlayan gelir, --monthly-revenue yerine',
    grossMargin: "brüt kâr marjı, 0'dan büyük ve en fazla 1, ör. 0.78 ya da %78 (varsayılan 1)",
    supportCostMonthly: 'süregelen aylık destek ve müşteri başarısı maliyeti (varsayılan 0)',
    monthlyExpansion: 'aylık gelir artışı (genişleme), ör. 0.01 ya da %1; eksi değer gelir kaybıdır (varsayılan 0)',
    monthlyChurn: 'müşteriyi her ay kaybetme olasılığı (kayıp oranı), 0 ile 1 arasında (1 hariç), ör. 0.02 ya da %2 (varsayılan 0)',
    discountRate: 'iskontolu başabaş için yıllık iskonto oranı, ör. 0.1 ya da %10 (varsayılan 0)',
  },
  report: {
    summary: 'portföy: her müşteri için kapsama, açıklar, başabaş noktası ve yatırım getirisi (ROI)',
    description:
      'Portföye tek bakışta: her müşteri için kritik rollerin kapsaması (critical-roles ve role-backup kurallarının tanımladığı gibi), açık ' +
      'hatalar ve uyarılar, kazanma planı olmayan muhalifler, başabaş noktası, ROI ve yenileme; segment ve para birimi başına toplamlar (farklı ' +
      'para birimleri asla toplanmaz); ve önce ilgilenilmesi gereken müşteriler, sırayla.\n' +
      'HTML, ağ bağlantısı gerektirmeyen tek bir sayfadır: her müşteri için geri ödeme grafikleri ve bir paydaş haritası içerir; Markdown her müşteri için bir Mermaid haritası içerir.\n' +
      'Yol verilmezse yapılandırmadaki `plans` okunur, o da yoksa bu klasör. cro check gibi, planlarda hata düzeyinde bulgu varsa 1 koduyla çıkar.',
    output: 'raporu standart çıktı yerine bir dosyaya yazar',
    asOf: 'zamana bağlı rakamların kullandığı tarih (YYYY-AA-GG, varsayılan bugün)',
  },
  map: {
    summary: 'bir planın paydaş haritasını çizer',
    description:
      'Bir müşteride kimin nerede durduğunu çizer: role göre Grup 1 (yenileme) ve Grup 2 (yeni satın alma); her kişinin tutumu ' +
      'renk ve simgeyle (++ savunucu, + destekçi, = tarafsız, -- muhalif, ? bilinmiyor), yedekler bağlantı olarak; ' +
      'açıklar işaretli: karşılanmayan ve tek kişiye bağlı kritik roller, kazanma planı olmayan muhalifler, şirketten ayrılan kişiler.',
    plan: 'plan: dosyası ya da dosya adı veya müşteri adı (acme, "Acme Lojistik")',
    output: 'haritayı standart çıktı yerine bir dosyaya yazar',
    asOf: 'kimin ayrılmış sayılacağını belirleyen tarih (YYYY-AA-GG, varsayılan bugün)',
  },
  schema: {
    summary: 'plan biçiminin JSON Schema tanımını yazar',
    description: 'Düzenleyiciler ve diğer araçlar için plan biçiminin JSON Schema tanımını yazar (doğrulayıcıdan üretilir, elle yazılmaz).',
    output: 'standart çıktı yerine bir dosyaya yazar',
  },
  rules: {
    summary: 'kapsama kurallarını ve önem düzeylerini listeler',
    description: '`cro check` komutunun uyguladığı her kuralı, geçerli önem düzeyi (cro.config.yaml ve --rule uygulandıktan sonra) ve tek satırlık açıklamasıyla listeler.',
    rule: 'cro check gibi, bir kuralı off, warn ya da error yapar (birden çok kez verilebilir)',
  },
  explain: {
    summary: 'bir kuralı, geçen ve geçemeyen birer örnekle açıklar',
    description: 'Bir kuralın neden var olduğunu ve nasıl ayarlandığını açıklar; kuralı geçen ve geçemeyen birer plan gösterir.',
    rule: 'kural kimliği (`cro rules` listesindeki gibi)',
  },
} satisfies Catalog['cli'];
