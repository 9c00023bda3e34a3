import type { Catalog } from '../en/index.js';

/** cro'yu eski planlarla dolu bir depoya almak (SPEC §12): `suppression` kuralı, yok sayma yorumları ve kabul listesi. */
export const suppressionRule = {
  description: 'Her cro-ignore yorumu bir gerekçe verir, bilinen kuralları adlandırır, tarihi geçmemiştir ve bir bulguyu gerçekten yok sayar.',
  rationale:
    'Bir eksik bilerek kabul edilebilir: bir düğümün önceki satırına (ya da aynı satırın sonuna) yazılan `# cro-ignore <kural> -- <gerekçe>` ' +
    'o kuralın o düğümdeki bulgularını yok sayar; ilk yorum bloğundaki `# cro-ignore-file <kural> -- <gerekçe>` bunu bütün dosya için yapar. ' +
    '`until YYYY-AA-GG` eklerseniz bulgular o günden sonra geri gelir. Planı devralan kişi nedenini bilsin diye gerekçe zorunludur; ' +
    'gerekçesi olmayan, var olmayan bir kuralı adlandıran, tarihi geçmiş ya da artık hiçbir bulguyu yok saymayan bir yorum bu kuralın bulgusudur. ' +
    'Yok sayılan bulgular çıkış kodunu etkilemez; `--format json` onları ayrıca listeler.',
  passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  # cro-ignore stakeholder-needs -- yeni sponsor, ilk toplantı 2026-12-10'da until 2026-12-31
  - { id: ayse, name: Ayşe Yılmaz, group: renew, stance: advocate, roles: [executive-sponsor] }
`,
  failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  # cro-ignore stakeholder-needs
  - { id: ayse, name: Ayşe Yılmaz, group: renew, stance: advocate, roles: [executive-sponsor] }
`,
  noReason: ({ rule }: { rule: string }) => `bu cro-ignore yorumunda gerekçe yok, bu yüzden hiçbir şeyi yok saymıyor; gerekçeyi " -- " işaretinden sonra yazın, ör. "# cro-ignore ${rule} -- <eksiğin neden kabul edildiği>"`,
  noRule: 'bu cro-ignore hiçbir kural adlandırmıyor; kural kimliklerini " -- " işaretinden önce yazın (`cro rules` hepsini listeler)',
  unknownRule: ({ rule, hint }: { rule: string; hint: string }) => `bu cro-ignore yorumundaki "${rule}" bilinen bir kural değil${hint}; kural kimliklerini \`cro rules\` listeler`,
  alwaysError: ({ rule }: { rule: string }) => `${rule} bulguları yok sayılamaz: kuralların çalışması için planın okunabilmesi gerekir; bulgunun söylediğini düzeltin`,
  badUntil: ({ until }: { until: string }) => `"until ${until}" geçerli bir tarih değil (YYYY-AA-GG), bu yüzden bu cro-ignore hiçbir şeyi yok saymıyor`,
  expired: ({ until, rules }: { until: string; rules: string }) =>
    `${rules} için yazılan bu cro-ignore yorumunun süresi ${until} tarihinde doldu ve bulgular yeniden sayılıyor; eksiği giderin ya da gerekçe hâlâ geçerliyse daha ileri bir tarih yazın`,
  unused: ({ rule }: { rule: string }) => `${rule} için yazılan bu cro-ignore hiçbir şeyi yok saymıyor (burada ${rule} bulgusu yok); yorumu silin`,
  misplaced: 'cro-ignore-file yalnızca dosyanın ilk yorum bloğunda geçerlidir, bu yüzden bu yorum hiçbir şeyi yok saymıyor; dosyanın başına taşıyın',
  noNode: 'bu cro-ignore boş bir satırdan ya da dosyanın sonundan önce duruyor, bu yüzden hiçbir düğüme uygulanmıyor; düğümün hemen önceki satırına yazın',
} satisfies Catalog['rules']['suppression'];

export const adopt = {
  help: {
    baseline: 'yalnızca bu kabul listesi (baseline) dosyasında olmayan bulguları sayar (varsayılan: yapılandırmadaki baseline)',
    baselineWrite: 'bu çalıştırmanın bütün bulgularını bir kabul listesi dosyasına yazar; bunlar artık sayılmaz',
    baselinePrune: 'kabul listesinden artık görülmeyen kayıtları çıkarır',
    noBaseline: 'yapılandırmadaki kabul listesini kullanmaz',
  },
  baselined: ({ count, file }: { count: string; file: string }) => `kabul listesinde: ${count} bulgu (${file}; bunlar sayılmaz)`,
  written: ({ count, file }: { count: string; file: string }) => `${file} yazıldı: ${count} bulgu kabul listesine alındı`,
  pruned: ({ count, file }: { count: string; file: string }) => `${file} temizlendi: artık görülmeyen ${count} kayıt çıkarıldı`,
  unreadable: ({ file, problem }: { file: string; problem: string }) => `${file}: kabul listesi okunamıyor (${problem}); --baseline-write ${file} ile yeni bir tane yazın`,
  notABaseline: ({ file }: { file: string }) => `${file}: bu bir cro kabul listesi dosyası değil; --baseline-write ile bir tane yazın`,
  pruneNeedsBaseline: '--baseline-prune için bir kabul listesi gerekir: --baseline <dosya> verin ya da yapılandırmaya baseline ekleyin',
  writeAndPrune: '--baseline-write ile --baseline-prune birlikte kullanılamaz: --baseline-write listeyi zaten bütün bulgularla baştan yazar',
  report: {
    heading: 'Kabul edilen eksikler (cro-ignore)',
    until: ({ date }: { date: string }) => `${date} tarihine kadar`,
    noExpiry: 'bitiş tarihi yok',
    rule: 'Kural',
    reason: 'Gerekçe',
    expires: 'Bitiş',
    where: 'Satır',
  },
} satisfies Catalog['adopt'];
