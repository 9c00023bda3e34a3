import type { Catalog } from '../en/index.js';
import { sayı } from './count.js';

export const agenda = {
  cli: {
    summary: 'ekibin bütün planlarda, tarih sırasıyla yapması gerekenler',
    description:
      'Planların ajandası: eskiyen temaslar, muhaliflerin kazanma planları, kilometre taşları ve 360° değerlendirmeleri,\n' +
      'yenilemeler (ve her birinden 90 gün önce yenileme gerekçesinin hazırlanması), yenilemesi yaklaşan hatalı planlar.\n' +
      'Önce gecikmiş olanlar, sonra tarih sırasıyla. Yol verilmezse yapılandırmadaki `plans`, o da yoksa geçerli klasör okunur.',
    owner: 'yalnızca bu kişinin işleri: kazanma planının sorumlusu, müşterinin sorumlusu ya da ekibinden biri (büyük-küçük harf ve aksan fark etmez)',
    segment: 'yalnızca bu account.segment değerindeki planlar (büyük-küçük harf fark etmez)',
    within: 'yalnızca bu kadar gün içinde tarihi gelenler (gecikmiş olanlar her zaman gösterilir)',
    output: 'ajandayı standart çıktı yerine bir dosyaya yazar (abone olunacak bir .ics dosyası)',
    asOf: 'ajandanın günü (YYYY-MM-DD, varsayılan bugün)',
    exampleWeek: 'bu hafta size düşenler',
    exampleCalendar: 'abone olunacak takvim dosyası',
    exampleMail: 'kurumsal ekibin haftalık e-postası',
  },
  selection: {
    emptyName: ({ flag }: { flag: string }) => `${flag} boş: planları seçecek adı yazın ya da ${flag} seçeneğini kaldırın`,
    mapOwner: 'klasörle: account.owner değeri bu kişi olan planların haritasını çizer (büyük-küçük harf ve aksan fark etmez)',
    mapSegment: 'klasörle: bu account.segment değerindeki planların haritasını çizer (büyük-küçük harf fark etmez)',
    mapInvalid: ({ file }: { file: string }) => `${file} geçerli bir plan değil, bu yüzden haritası çizilemiyor; dosya için cro check çalıştırın`,
    mapNone: ({ path }: { path: string }) => `${path} içinde --owner / --segment ile seçilen bir plan yok, bu yüzden çizilecek harita yok`,
    mapMermaidOne: ({ count }: { count: number }) => `${sayı(count)} plan seçildi, bir Mermaid belgesi ise tek diyagram içerir; tek bir plan seçin ya da --format tree veya dot kullanın`,
    owner: 'yalnızca account.owner değeri bu kişi olan planlar (büyük-küçük harf ve aksan fark etmez)',
    segment: 'yalnızca bu account.segment değerindeki planlar (büyük-küçük harf fark etmez)',
  },
  check: {
    noCoverage: 'kritik rolleri kimin karşıladığını gösteren tabloları göstermez (--quiet de göstermez)',
  },
  items: {
    contact: ({ name, last }: { name: string; last: string }) => `${name} ile görüşün (son görüşme: ${last})`,
    winPlan: ({ name, actions }: { name: string; actions: string }) => `${name} ile görüşüp kazanın: kazanma planının tarihi geldi${actions === '' ? '' : ` (${actions})`}`,
    milestone: ({ name }: { name: string }) => `"${name}" kilometre taşına ulaşın`,
    review: ({ name, missing, partial }: { name: string; missing: string; partial: boolean }) =>
      `"${name}" kilometre taşının 360° değerlendirmesini yapın${partial ? ` (eksik bakış açıları: ${missing})` : ''}`,
    renewalPrep: ({ date }: { date: string }) => `Yenileme gerekçesini hazırlayın (yenileme tarihi: ${date})`,
    renewal: ({ overdue }: { overdue: boolean }) => (overdue ? 'Yenileme tarihi geçti: yenilemeyi ya da bir sonraki yenileme tarihini yazın' : 'Sözleşmeyi yenileyin'),
    fixBeforeRenewal: ({ errors, date }: { errors: number; date: string }) => `${date} tarihindeki yenilemeden önce plandaki ${sayı(errors)} hatayı giderin (bkz. cro check)`,
  },
  text: {
    title: ({ asOf, count }: { asOf: string; count: number }) => `${asOf} itibarıyla ajanda: ${sayı(count)} iş`,
    groups: { overdue: 'Gecikmiş', today: 'Bugün', week: 'Önümüzdeki 7 gün', month: 'Önümüzdeki 30 gün', later: 'Daha sonra' },
    late: ({ days }: { days: number }) => `${sayı(days)} gün gecikti`,
    nobody: 'sorumlu yok',
    empty: 'Tarihi gelen bir iş yok.',
  },
  markdown: {
    title: 'Ajanda',
    asOf: ({ asOf }: { asOf: string }) => `${asOf} itibarıyla.`,
    filters: ({ owner, segment, within }: { owner: string; segment: string; within: string }) =>
      [owner && `Kişi: ${owner}.`, segment && `Segment: ${segment}.`, within && `${within} gün içinde tarihi gelenler ve bütün gecikmişler.`].filter(Boolean).join(' '),
    head: { date: 'Tarih', account: 'Müşteri', action: 'Yapılacak', who: 'Sorumlu', where: 'Dosya' },
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
    invalidPlans: ({ count }: { count: number }) => `${sayı(count)} dosya geçerli bir plan değil, bu yüzden ajandada yok; nedenini görmek için cro check çalıştırın`,
  },
} satisfies Catalog['agenda'];
