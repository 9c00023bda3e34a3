import type { Catalog } from '../en/index.js';
import { sayı } from './count.js';

export const agenda = {
  cli: {
    summary: 'bütün planlardan ekibin yapılacaklar listesi, tarih sırasıyla',
    description:
      'Bütün planlardan yapılacak işler: görüşme zamanı gelen paydaşlar, muhaliflerin kazanma planları, kilometre taşları ' +
      've 360° değerlendirmeleri, yenilemeler (her birinden 90 gün önce de yenileme gerekçesinin hazırlanması), yenilemesi yaklaşan hatalı planlar.\n' +
      'Önce gecikenler, sonra tarih sırasıyla. Yol verilmezse yapılandırmadaki `plans`, o da yoksa geçerli klasör okunur.',
    owner: 'yalnızca bu kişiye düşen işler: kişi kazanma planının ya da müşterinin sorumlusu veya müşteri ekibinde olabilir (büyük-küçük harf ve aksan fark etmez)',
    segment: 'yalnızca bu account.segment değerindeki planlar (büyük-küçük harf fark etmez)',
    within: 'yalnızca önümüzdeki bu kadar gün içinde yapılacaklar (gecikenler her zaman gösterilir)',
    output: 'ajandayı standart çıktı yerine bir dosyaya yazar (ör. takvimin abone olacağı bir .ics dosyası)',
    asOf: 'gecikenlerin ve yaklaşanların hesaplandığı gün (YYYY-AA-GG, varsayılan bugün)',
    exampleWeek: 'bu hafta size düşenler',
    exampleCalendar: 'takvimin abone olacağı dosya',
    exampleMail: 'kurumsal ekibin haftalık e-postası',
  },
  selection: {
    emptyName: ({ flag }: { flag: string }) => `${flag} boş: planları seçecek adı yazın ya da ${flag} seçeneğini kaldırın`,
    mapOwner: 'klasör verildiğinde: yalnızca account.owner değeri bu kişi olan planların haritasını çizer (büyük-küçük harf ve aksan fark etmez)',
    mapSegment: 'klasör verildiğinde: yalnızca bu account.segment değerindeki planların haritasını çizer (büyük-küçük harf fark etmez)',
    mapInvalid: ({ file }: { file: string }) => `${file} geçerli bir plan değil, bu yüzden çizilecek harita yok; nedenini görmek için dosyayı cro check ile denetleyin`,
    mapNone: ({ path }: { path: string }) => `${path} içinde --owner / --segment seçimine uyan bir plan yok, bu yüzden çizilecek harita yok`,
    mapMermaidOne: ({ count }: { count: number }) => `${sayı(count)} plan seçildi, ama bir Mermaid belgesinde yalnızca bir diyagram olabilir; tek bir plan seçin ya da --format tree veya dot kullanın`,
    owner: 'yalnızca account.owner değeri bu kişi olan planlar (büyük-küçük harf ve aksan fark etmez)',
    segment: 'yalnızca bu account.segment değerindeki planlar (büyük-küçük harf fark etmez)',
  },
  check: {
    noCoverage: 'kritik rolleri kimin karşıladığını gösteren tabloları gizler (--quiet de gizler)',
  },
  items: {
    contact: ({ name, last }: { name: string; last: string }) => `${name} ile görüşün (son görüşme: ${last})`,
    winPlan: ({ name, actions }: { name: string; actions: string }) => `${name} ile görüşüp kazanın: kazanma planının son günü${actions === '' ? '' : ` (plandaki adımlar: ${actions})`}`,
    milestone: ({ name }: { name: string }) => `"${name}" kilometre taşını tamamlayın`,
    suppressionExpires: ({ rules, reason }: { rules: string; reason: string }) => `${rules} için yazılan kabulün süresi bitiyor: açığı kapatın ya da yeniden karar verin (yazılan gerekçe: ${reason})`,
    review: ({ name, missing, partial }: { name: string; missing: string; partial: boolean }) =>
      partial
        ? `"${name}" kilometre taşının 360° değerlendirmesini tamamlayın; eksik bakış açıları: ${missing}`
        : `"${name}" kilometre taşının 360° değerlendirmesini yapın`,
    renewalPrep: ({ date }: { date: string }) => `Yenileme gerekçesini hazırlayın (yenileme tarihi: ${date})`,
    renewal: ({ overdue }: { overdue: boolean }) => (overdue ? 'Yenileme tarihi geçti; sözleşme yenilendiyse bir sonraki yenileme tarihini plana yazın' : 'Sözleşmeyi yenileyin'),
    fixBeforeRenewal: ({ errors, date }: { errors: number; date: string }) => `Yenilemeden önce plandaki ${sayı(errors)} hatayı cro check ile bulup giderin (yenileme tarihi: ${date})`,
  },
  text: {
    title: ({ asOf, count }: { asOf: string; count: number }) => `Ajanda (${asOf} itibarıyla): ${sayı(count)} iş`,
    groups: { overdue: 'Gecikenler', today: 'Bugün', week: 'Önümüzdeki 7 gün', month: 'Önümüzdeki 30 gün', later: 'Daha sonra' },
    late: ({ days }: { days: number }) => `${sayı(days)} gün gecikti`,
    nobody: 'kimse atanmamış',
    empty: 'Yapılacak bir iş yok.',
  },
  markdown: {
    title: 'Ajanda',
    asOf: ({ asOf }: { asOf: string }) => `Durum: ${asOf} itibarıyla.`,
    filters: ({ owner, segment, within }: { owner: string; segment: string; within: string }) =>
      [owner && `Kişi: ${owner}.`, segment && `Segment: ${segment}.`, within && `Önümüzdeki ${within} gün içinde yapılacaklar ve gecikmiş bütün işler.`].filter(Boolean).join(' '),
    head: { date: 'Tarih', account: 'Müşteri', action: 'Yapılacak iş', who: 'Sorumlu', where: 'Dosya' },
    overdueBy: ({ days }: { days: number }) => `${sayı(days)} gün gecikti`,
    count: ({ count }: { count: number }) => `${sayı(count)} iş`,
  },
  ics: {
    calendarName: 'cro ajandası',
    who: ({ who }: { who: string }) => `Sorumlu: ${who}`,
    where: ({ where }: { where: string }) => `Plan: ${where}`,
    overduePrefix: 'Gecikmiş',
  },
  notes: {
    unknownPerson: ({ name, plans, suggestion }: { name: string; plans: number; suggestion: string }) =>
      `${sayı(plans)} planda "${name}" adında bir hesap sahibi, ekip üyesi ya da kazanma planı sahibi yok; adı kontrol edin${suggestion}`,
    invalidPlans: ({ count }: { count: number }) => `${sayı(count)} dosya geçerli bir plan olmadığı için ajandaya alınmadı; nedenini görmek için cro check çalıştırın`,
  },
} satisfies Catalog['agenda'];
