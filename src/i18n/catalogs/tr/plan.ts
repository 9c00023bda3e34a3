import type { Catalog } from '../en/index.js';

/*
 * The YAML parser's own messages are English; the ones a plan commonly meets are said
 * here by their code, any other by a sentence that names the code.
 */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'girinti hatalı: bu satır, içinde olduğu liste ya da eşlemeye göre yanlış sütunda; girintiyi ve kapanmamış { ya da [ işaretlerini kontrol edin',
  BAD_DQ_ESCAPE: 'çift tırnaklı metinde geçersiz bir kaçış dizisi (\\) var',
  BAD_SCALAR_START: 'bu değer YAML’ın özel bir karakteriyle başlıyor; değeri tırnak içine alın',
  BLOCK_AS_IMPLICIT_KEY: 'bir blok burada anahtar olarak kullanılmış; anahtardan sonra iki nokta üst üste ve boşluk bırakın',
  MISSING_CHAR: 'bir karakter eksik: açılan bir tırnak, köşeli ya da süslü parantez kapanmamış',
  MULTILINE_IMPLICIT_KEY: 'bir anahtar birden çok satıra yayılmış; anahtarı tek satırda yazın ya da tırnak içine alın',
  UNEXPECTED_TOKEN: 'burada beklenmeyen bir karakter var; girintiyi, iki nokta üst üsteleri ve tırnakları kontrol edin',
  BAD_ALIAS: 'takma ad (alias) hatalı; * işaretinden sonra tanımlı bir çapanın (&) adını yazın',
  BLOCK_IN_FLOW: 'köşeli ya da süslü parantez içinde blok yapı kullanılmış; değerleri aynı satırda virgülle ayırın',
  TAG_RESOLVE_FAILED: 'bu YAML etiketi (!!…) çözümlenemiyor; etiketi kaldırın',
  KEY_OVER_1024_CHARS: 'anahtar 1024 karakterden uzun; daha kısa bir anahtar yazın',
};

export const plan = {
  didYouMean: ({ suggestion }: { suggestion: string }) => ` (şunu mu demek istediniz: "${suggestion}"?)`,

  syntax: {
    tooLarge: ({ size, limit }: { size: string; limit: string }) =>
      `dosya ${size}; bir plan en fazla ${limit} olabilir — dosyayı bölün ya da plana ait olmayanları çıkarın`,
    configTooLarge: ({ size, limit }: { size: string; limit: string }) =>
      `dosya ${size}; bir yapılandırma dosyası en fazla ${limit} olabilir — doğru dosya bu mu?`,
    notUtf8: ({ byte }: { byte: string }) => `${byte} baytı UTF-8 değil; dosyayı UTF-8 olarak kaydedin`,
    tab: 'girintide sekme (tab) kullanılmış; YAML yalnızca boşlukla girintilenir',
    duplicateKey: 'bu anahtar aynı eşlemede iki kez geçiyor; birini bırakın',
    secondDocument: 'bir plan dosyası tek bir YAML belgesi içerir, ama burada ikincisi başlıyor (---)',
    other: ({ code, detail: _detail }: { code: string; detail: string }) =>
      YAML_ERRORS[code] ?? `dosya burada YAML olarak okunamıyor (${code}); girintiyi, iki nokta üst üsteleri ve tırnakları kontrol edin`,
    tooDeep: ({ limit }: { limit: number }) =>
      `listeler ve eşlemeler burada ${limit} düzeyden daha derine iniyor; bir plan buna hiç ihtiyaç duymaz — yapıyı düzleştirin`,
    configTooDeep: ({ limit }: { limit: number }) =>
      `listeler ve eşlemeler burada ${limit} düzeyden daha derine iniyor; bir yapılandırma dosyası buna hiç ihtiyaç duymaz — yapıyı düzleştirin`,
    aliasTooDeep: ({ limit }: { limit: number }) =>
      `bu takma ad (alias) listeleri ve eşlemeleri ${limit} düzeyden daha derine indiriyor; değerleri açıkça yazın`,
    aliasCycle: 'bu takma ad (alias) kendisini içeren bir listeye ya da eşlemeye başvuruyor, bu yüzden verisi hiç bitmiyor; değerleri açıkça yazın',
    tooManyAliases: ({ limit }: { limit: number }) =>
      `takma adlar (alias) çok fazla veriye açılıyor (${limit} açılımdan fazla); değerleri açıkça yazın`,
  },

  empty: 'dosya boş; bir plan `cro: 1` satırı ve bir `account:` bölümüyle başlar (plan iskeleti için `cro init` çalıştırın)',
  notAPlan: 'bu bir cro planı değil: en üst düzeyde `cro:` anahtarı yok; `cro: 1` ekleyin (ya da plan iskeleti için `cro init` çalıştırın)',

  schema: {
    unknownKey: ({ prefix, key, hint }: { prefix: string; key: string; hint: string }) =>
      `${prefix}bilinmeyen anahtar "${key}"${hint}; kaldırın ya da kendi verinizi tutmak için başına x- ekleyin`,
    unknownKeys: ({ prefix, keys, count }: { prefix: string; keys: string; count: number }) =>
      `${prefix}bilinmeyen ${count > 1 ? 'anahtarlar' : 'anahtar'} ${keys}`,
    dateFormat: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} bir tarih değil; YYYY-AA-GG biçiminde yazın, örneğin 2026-03-31`,
    calendarDate: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} takvimde olmayan bir tarih`,
    negativeMoney: ({ prefix, shown }: { prefix: string; shown: string }) =>
      `${prefix}${shown} negatif; para tutarları negatif olamaz (maliyetleri pozitif tutar olarak yazın)`,
    fractionRange: ({ prefix, shown, hint }: { prefix: string; shown: string; hint: string }) => `${prefix}${shown} 0 ile 1 arasında bir oran olmalı${hint}`,
    expansionRange: ({ prefix, shown, hint }: { prefix: string; shown: string; hint: string }) =>
      `${prefix}${shown} -1'den büyük olmalı (aylık büyüme oranı: 0.01 ayda %1 büyüme, -0.02 ayda %2 daralma demek)${hint}`,
    churnRange: ({ prefix, shown, hint }: { prefix: string; shown: string; hint: string }) =>
      `${prefix}${shown} en az 0 ve 1'den küçük olmalı (aylık bir olasılık: 0.01, %1 demek)${hint}`,
    discountRange: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} 0 ya da daha büyük olmalı (yıllık bir oran: 0.10, %10 demek)`,
    percentHint: ({ fraction, percent }: { fraction: string; percent: string }) => `; şunu mu demek istediniz: ${fraction} (%${percent})?`,
    idFormat: ({ prefix, shown }: { prefix: string; shown: string }) =>
      `${prefix}${shown} geçerli bir id değil; küçük harf, rakam ve tire kullanın, örneğin "ayse-yilmaz"`,
    emailFormat: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} bir e-posta adresi değil; ad@ornek.com biçiminde yazın`,
    notACurrency: ({ shown, hint }: { shown: string; hint: string }) =>
      `${shown} bir ISO 4217 para birimi kodu değil${hint}; USD, EUR veya TRY gibi bir kod kullanın`,
    noFormatVersion: 'bu dosyada `cro:` biçim sürümü yok; en başa `cro: 1` ekleyin',
    formatVersion: ({ prefix, shown }: { prefix: string; shown: string }) =>
      `${prefix}${shown} biçim sürümü desteklenmiyor; bu cro yalnızca 1 sürümünü okur`,
    emptyText: ({ prefix }: { prefix: string }) => `${prefix}boş; bir ad yazın`,
    missing: ({ where, hint }: { where: string; hint: string }) => `${where} eksik; ${hint}`,
    missingHints: {
      name: 'her kaydın bir adı (name) olmalı',
      id: 'her paydaşın, yedeklerin ve hedeflerin gösterebileceği bir id değeri olmalı (küçük harf, rakam ve tire)',
      group: "bu kişinin Grup 1'de (renew) mi, Grup 2'de (new-buy) mi olduğunu yazın",
      function: 'bu ekip üyesinin hangi fonksiyonda olduğunu yazın (sales, marketing, customer-success, …)',
      due: 'her kilometre taşının bir son tarihi (YYYY-AA-GG) olmalı',
      unit: 'bu yeni satın alma hedefinin hangi iş birimi olduğunu yazın',
      objective: 'her OKR için bir hedef (objective) yazın',
      account: 'her planda en azından müşterinin adını içeren bir `account:` bölümü olmalı',
      kind: 'itirazın türünü yazın (competitor, poor-fit veya concern)',
    },
    missingHint: 'ekleyin',
    tagged: ({ prefix, wanted, found, tag }: { prefix: string; wanted: string; found: string; tag: string }) =>
      `${prefix}${wanted} bekleniyordu, ama ${found} yazılmış; ${tag} etiketini kaldırın`,
    dateAsText: 'metin olarak bir tarih (YYYY-AA-GG)',
    mustBeText: ({ prefix, shown, text }: { prefix: string; shown: string; text: string }) => `${prefix}${shown} metin olmalı; tırnak içine alın ("${text}")`,
    mustBeFinite: ({ prefix, shown }: { prefix: string; shown: string }) => `${prefix}${shown} sonlu bir sayı olmalı`,
    plainNumber: ({ prefix, shown }: { prefix: string; shown: string }) =>
      `${prefix}${shown} tırnak, para simgesi ya da binlik ayırıcı olmadan düz bir sayı olmalı, örneğin 84000`,
    wrongType: ({ prefix, wanted, found }: { prefix: string; wanted: string; found: string }) => `${prefix}${wanted} bekleniyordu, ama ${found} yazılmış`,
    notOneOf: ({ prefix, shown, kind, hint, options }: { prefix: string; shown: string; kind: string; hint: string; options: string }) =>
      `${prefix}${shown} ${kind} değil${hint}; şunlardan birini kullanın: ${options}`,
    kinds: { stance: 'geçerli bir tutum', group: 'geçerli bir grup', function: 'geçerli bir ekip fonksiyonu', kind: 'geçerli bir itiraz türü' },
    validValue: 'geçerli bir değer',
    validField: ({ field }: { field: string }) => `geçerli bir ${field} değeri`,
    tooSmall: ({ prefix, shown, detail }: { prefix: string; shown: string; detail: string }) => `${prefix}${shown} çok küçük (${detail})`,
    tooBig: ({ prefix, shown, detail }: { prefix: string; shown: string; detail: string }) => `${prefix}${shown} çok büyük (${detail})`,
    types: { string: 'metin', number: 'bir sayı', boolean: 'true ya da false', object: 'anahtar ve değerlerden oluşan bir eşleme', array: 'bir liste' },
    values: {
      timestamp: 'bir YAML !!timestamp değeri',
      binary: 'ikili veri (!!binary)',
      set: 'bir YAML !!set kümesi',
      omap: 'bir YAML sıralı eşlemesi (!!omap)',
      nothing: 'hiçbir şey (boş bir değer)',
      list: 'bir liste',
      map: 'bir eşleme',
      text: ({ text }: { text: string }) => `${text} metni`,
      number: ({ number }: { number: string }) => `${number} sayısı`,
    },
    shown: {
      empty: 'boş değer',
      value: 'değer',
      tagged: ({ tag }: { tag: string }) => `${tag} değeri`,
      list: 'liste',
      map: 'eşleme',
    },

    duplicateId: ({ prefix, id, first }: { prefix: string; id: string; first: string }) =>
      `${prefix}"${id}" zaten ${first} kaydının id değeri; id değerleri dosyada benzersiz olmalı`,
    duplicateEmail: ({ prefix, email, first }: { prefix: string; email: string; first: string }) =>
      `${prefix}${email} zaten ${first} kaydının e-posta adresi; her kişinin kendi adresi olur (büyük/küçük harf fark etmez)`,
    duplicateCrmId: ({ prefix, crmId, first }: { prefix: string; crmId: string; first: string }) =>
      `${prefix}"${crmId}" zaten ${first} kaydının crmId değeri; bir CRM kişisi planda tek bir kişidir`,
    notAStakeholder: ({ prefix, id, hint }: { prefix: string; id: string; hint: string }) => `${prefix}"${id}" bu planda bir paydaşın id değeri değil${hint}`,
    ownBackup: ({ prefix }: { prefix: string }) => `${prefix}bir kişi kendi yedeği olamaz; işi devralacak başka birini yazın`,
    renewalBeforeStart: ({ renewal, label, start }: { renewal: string; label: string; start: string }) =>
      `account.renewalDate: ${renewal}, ${label} (${start}) tarihinden sonra değil; bir sözleşme başladıktan sonra yenilenir — iki tarihi de kontrol edin`,
    bothRevenues: 'economics: monthlyRevenue ile annualRevenue alanlarından yalnızca birini yazın, ikisini birden değil',
    noRevenue: 'economics: başabaş noktası hesaplanabilsin diye monthlyRevenue ya da annualRevenue ekleyin',
  },
} satisfies Catalog['plan'];
