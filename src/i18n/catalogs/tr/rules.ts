import type { Catalog } from '../en/index.js';
import { accusative, count, dative } from '../../turkish.js';
import { suppressionRule } from './adopt.js';

/*
 * The method's words (../GLOSSARY.md) for the plan's enum values: a message names a
 * value in Turkish and, where the reader must type it, the value itself after it.
 */
const ROLES: Record<string, string> = {
  'end-user': 'son kullanıcı',
  administrator: 'sistem yöneticisi',
  procurement: 'satın alma',
  'budget-owner': 'bütçe sahibi',
  'executive-sponsor': 'üst yönetim sponsoru',
  other: 'diğer',
};
const FUNCTIONS: Record<string, string> = {
  sales: 'satış',
  marketing: 'pazarlama',
  'customer-success': 'müşteri başarısı',
  support: 'destek',
  product: 'ürün',
  executive: 'üst yönetim',
  other: 'diğer',
};
const role = (value: string) => `${ROLES[value] ?? value} (${value})`;
const teamFunction = (value: string) => `${FUNCTIONS[value] ?? value} (${value})`;
const roleWord = (howMany: number) => (howMany === 1 ? 'rolü' : 'rolleri');

export const rules = {
  'critical-roles': {
    description: 'Her kritik rolü, şirketten ayrılmamış bir Grup 1 savunucusu ya da destekçisi karşılıyor.',
    rationale:
      'Yenilemeye, ürünü satın alan ve kullanan kişiler karar verir. Yöntem her kritik rolde bir savunucu ya da en ' +
      'azından bir destekçi ister: son kullanıcılar, ürünün sistem yöneticileri, satın alma, bütçe sahibi ve üst ' +
      'yönetim sponsoru (listeyi cro.config.yaml içindeki `criticalRoles` değiştirir). Yalnızca tarafsız birinin, ' +
      "bir muhalifin, Grup 2'den birinin ya da şirketten ayrılmış birinin tuttuğu bir rolü yenileme zamanı kimse " +
      'savunmaz. Karşılanmayan her rol için `stakeholders` üzerinde bir bulgu verilir.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: ayse, name: Ayşe Yılmaz, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner], backup: kemal }
  - { id: kemal, name: Kemal Aydın, group: renew, stance: supporter, roles: [procurement], backup: ayse }
  - { id: selin, name: Selin Arslan, group: renew, stance: supporter, roles: [administrator, end-user], backup: ayse }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: ayse, name: Ayşe Yılmaz, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner, end-user] }
  - { id: kemal, name: Kemal Aydın, group: renew, stance: neutral, roles: [procurement] }
  # administrator rolünde kimse yok
`,
    nobodyHolds: ({ role: value }: { role: string }) =>
      `${role(value)} rolü karşılanmıyor: Grup 1'de bu rolde kimse yok; müşteride bu rolü üstlenen kişiyi roles: [${value}] ile ekleyin ve onu savunucu ya da destekçi olarak kazanın`,
    notCovered: ({ role: value, holders, winnable }: { role: string; holders: string; winnable: string }) => {
      const add = "bu role Grup 1'den bir savunucu ya da destekçi ekleyin";
      return `${role(value)} rolü karşılanmıyor: ${holders}; ${winnable !== '' ? `${winnable} ile görüşüp kazanın ya da ${add}` : add}`;
    },
    holder: ({ name, why }: { name: string; why: string }) => `${name} ${why}`,
  },
  'role-backup': {
    description: 'Bir kritik rolü tek başına karşılayan kişinin, şirketten ayrılmamış ve muhalif olmayan bir yedeği var.',
    rationale:
      'Ana temas kişisi çoğu zaman satıştan iki üç ay sonra işten ayrılır; o zaman çözümü yeniden satmak gerekir. ' +
      'Bir kritik rolü tek bir kişi karşılıyorsa plan, işi devralacak bir yedek yazar (`backup:`). Yedeğin o rolü ' +
      'henüz üstlenmiş olması gerekmez, ama müşteride hâlâ çalışıyor olmalı ve muhalif olmamalıdır: muhalif biri yenilemeyi ' +
      'savunmaz. Kritik rolleri yedeksiz tek başına taşıyan her kişi için, bu rolleri sayan bir bulgu verilir.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: kemal, name: Kemal Aydın, group: renew, stance: supporter, roles: [procurement], backup: elif }
  - { id: elif, name: Elif Şahin, group: renew, stance: neutral }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: kemal, name: Kemal Aydın, group: renew, stance: supporter, roles: [procurement] }
  - { id: ayse, name: Ayşe Yılmaz, group: renew, stance: advocate, roles: [budget-owner], backup: murat }
  - { id: murat, name: Murat Demir, group: renew, stance: supporter, leftOn: 2026-06-30 }
`,
    noBackup: ({ roles, count: howMany, name }: { roles: string; count: number; name: string }) =>
      `${roles} ${roleWord(howMany)} yalnızca ${dative(name)} bağlı; ${name} ayrılırsa işi devralacak bir yedek ekleyin (backup)`,
    backupLeft: ({ roles, count: howMany, name, backup, leftOn }: { roles: string; count: number; name: string; backup: string; leftOn: string }) =>
      `${roles} ${roleWord(howMany)} yalnızca ${dative(name)} bağlı ve yedeği ${backup} ${leftOn} tarihinde ayrıldı; müşteride hâlâ çalışan ve işi devralabilecek bir yedek yazın`,
    backupDetractor: ({ roles, count: howMany, name, backup }: { roles: string; count: number; name: string; backup: string }) =>
      `${roles} ${roleWord(howMany)} yalnızca ${dative(name)} bağlı ve yedeği ${backup} muhalif; ${name} ayrılırsa yenilemeyi savunacak bir yedek yazın`,
  },
  'detractor-plan': {
    description: 'Her muhalifin kayıtlı bir itirazı ve sorumlusu ile tarihi belli bir kazanma planı var.',
    rationale:
      'Kim rakibi savundu, kim bizi uygun bulmadı, kimin endişeleri vardı? Yöntem, kazandıktan sonra bu kişileri ' +
      'bulup kazanmayı söyler. Bunun için itirazın yazılı olması (`objection.kind`: competitor, poor-fit veya ' +
      'concern) ve birinin sorumlu olduğu, tarihi belli bir `winPlan` gerekir. Müşteriden ayrılmış kişiler ' +
      'denetlenmez.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - id: kemal
    name: Kemal Aydın
    group: renew
    stance: detractor
    objection: { kind: competitor, detail: RakipSoft'u savundu }
    winPlan: { owner: Zeynep Kaya, due: 2026-12-15, actions: [Toplam sahip olma maliyeti çalışmasını paylaşmak] }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - id: nadia
    name: Nadia Rahman
    group: renew
    stance: detractor
    objection: { kind: concern, detail: Sadakat verilerinin nerede saklandığından endişeli }
`,
    message: ({ name, kind, lacks, fixes }: { name: string; kind: string; lacks: string; fixes: string }) =>
      `${name} muhalif${kind === '' ? '' : ` (${kind})`}: ${lacks}; ${fixes}`,
    lacksObjection: 'kayıtlı bir itiraz yok',
    recordObjection: 'itirazın nedenini objection altına yazın (kind: competitor, poor-fit veya concern)',
    lacksWinPlan: 'kazanma planı yok',
    addWinPlan: 'sorumlusu ve tarihi olan bir winPlan ekleyin',
    winPlanWithout: ({ gaps }: { gaps: string }) => `kazanma planında ${gaps} yok`,
    lackOwner: 'sorumlu',
    lackDue: 'tarih',
    giveWinPlan: ({ parts }: { parts: string }) => `kazanma planına ${parts} ekleyin`,
    giveOwner: 'bir sorumlu (owner)',
    giveDue: 'bir tarih (due)',
  },
  'detractor-overdue': {
    description: 'Şirketten ayrılmamış hiçbir muhalifin kazanma planının süresi dolmamış.',
    rationale:
      'Kişi hâlâ muhalifken süresi dolmuş bir kazanma planı, işe yaramamış ya da hiç uygulanmamış bir plandır. ' +
      'Ya planı uygulayın ya da yeni bir tarih belirleyin; kişi kazanıldığında tutumunu güncelleyin. ' +
      '`--as-of` tarihine göre bakar (varsayılan bugün).',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - id: kemal
    name: Kemal Aydın
    group: renew
    stance: detractor
    objection: { kind: competitor }
    winPlan: { owner: Zeynep Kaya, due: 2026-12-15 }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - id: burak
    name: Burak Çelik
    group: renew
    stance: detractor
    objection: { kind: competitor, detail: ShelfSense'i savundu }
    winPlan: { owner: Deniz Koç, due: 2026-10-31 }
`,
    message: ({ name, owner, due, days }: { name: string; owner: string; due: string; days: number }) =>
      `${name} hâlâ muhalif ve ${owner === '' ? '' : `sorumlusu ${owner} olan `}kazanma planının süresi ${due} tarihinde doldu ` +
      `(${count(days)} gün önce); planı uygulayın ya da yeni bir tarih belirleyin`,
  },
  'stakeholder-needs': {
    description: 'Her Grup 1 paydaşının neyi görmesi, duyması ve bilmesi gerektiği yazılı.',
    rationale:
      'Grup 1 pazarlama değil, sonuç ister. Yöntem, ürünü satın alan ya da kullanan her kişi için, yenilemek için ' +
      'neyi görmesi (kanıt), kimden ne duyması ve neyi bilmesi (olgular) gerektiğini sorar. Boş bir alan, ekibin ' +
      'henüz yapmadığı bir görüşmedir. Şirketten ayrılmamış Grup 1 paydaşları denetlenir; bulgu eksik alanları adıyla söyler.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - id: ayse
    name: Ayşe Yılmaz
    group: renew
    needs: { see: Tasarruf panosu, hear: Benzer müşterilerin deneyimleri, know: AB yol haritası }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - id: ayse
    name: Ayşe Yılmaz
    group: renew
    needs: { see: Tasarruf panosu, know: AB yol haritası }
`,
    message: ({ name, verbs, fields, count: howMany }: { name: string; verbs: string; fields: string; count: number }) =>
      `${name} için neyi ${verbs} gerektiği yazılmamış; ${fields} ${howMany === 1 ? 'alanını' : 'alanlarını'} doldurun`,
    verb: { see: 'görmesi', hear: 'duyması', know: 'bilmesi' },
  },
  referrers: {
    description: "Grup 1'de savunucu olan en az bir referans veren var.",
    rationale:
      'Müşterinin geri kalanındaki (Grup 2) yeni iş, Grup 1 sonuçlarıyla kazanılır; o sonuçları onları yaşayan ' +
      'kişiler anlatır. Yöntem kilit referans verenlerin kim olduğunu sorar; ekip onları referans olmaya hazırlar. ' +
      'Şirketten ayrılmamış en az bir Grup 1 savunucusunu `referrer: true` ile işaretleyin.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: ayse, name: Ayşe Yılmaz, group: renew, stance: advocate, referrer: true }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: ayse, name: Ayşe Yılmaz, group: renew, stance: advocate }
  - { id: murat, name: Murat Demir, group: renew, stance: supporter, referrer: true }
`,
    message: ({ others, count: howMany, advocate }: { others: string; count: number; advocate: string }) => {
      const why = others === '' ? '' : `; ${others} referans veren ama savunucu ${howMany === 1 ? 'değil' : 'değiller'}`;
      const fix =
        advocate !== ''
          ? `hikâyenizi anlatacak bir savunucuyu, örneğin ${accusative(advocate)}, referans olmaya hazırlayın ve referrer: true ile işaretleyin`
          : 'hikâyenizi anlatacak bir savunucu kazanın ve referrer: true ile işaretleyin';
      return `Grup 1'de savunucu olan bir referans veren yok${why}; ${fix}`;
    },
    referrer: ({ name, stance }: { name: string; stance: string }) => `${name} (${stance})`,
  },
  'renewal-requirements': {
    description: 'Plan, müşterinin yenilemesi için ne olması gerektiğini söylüyor.',
    rationale:
      'Yöntemin Grup 1 için ilk sorusu: bu müşterinin yenilemesi için ne olması gerekiyor? `renewal.requirements` ' +
      'altında yazılı bir cevap yoksa ekip yenilemeyi kazandıracak işi planlayamaz, kilometre taşı ' +
      'değerlendirmelerinde de izleyemez.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
renewal:
  requirements: [3. çeyrekten önce sevkiyat süresini %20 kısaltmak]
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
renewal:
  risks: [2027 bütçesinin dondurulması]
`,
    message: ({ account }: { account: string }) =>
      `${account} için yenileme şartları yazılmamış; müşterinin yenilemek için görmesi gereken sonuçları renewal.requirements altında listeleyin`,
  },
  'two-messages': {
    description: 'Planda Grup 1 için bir yenileme mesajı ve Grup 2 için ondan farklı bir yeni satın alma mesajı var.',
    rationale:
      'İki kitle, iki mesaj. Grup 1 ürünü satın aldı; pazarlama değil, sonuçların kanıtını ister (`messages.renew`). ' +
      'Kurumun geri kalanı olan Grup 2 ise satın almak için bir neden ister; o neden Grup 1 sonuçlarıyla anlatılır ' +
      '(`messages.newBuy`). İkisine birden yazılan aynı cümle hiçbirinin işine yaramaz.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
messages:
  renew: Satın aldığınız sonuçların kanıtı burada, sıradaki adımlar da.
  newBuy: Sizin gibi ekipler tek tedarikçiyle navlun maliyetini düşürdü.
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
messages:
  renew: Lider lojistik platformu.
  newBuy: Lider lojistik platformu.
`,
    noMessages:
      'iki kitle için de mesaj yok; Grup 1 için messages.renew (satın aldıkları sonuçların kanıtı) ve ' +
      'Grup 2 için messages.newBuy (kurumun geri kalanının neden satın alması gerektiği) yazın',
    noRenew: "yenileme mesajı eksik; messages.renew alanına Grup 1'in yenilemek için ne duyması gerektiğini yazın (satın aldıkları sonuçların kanıtı)",
    noNewBuy: "yeni satın alma mesajı eksik; messages.newBuy alanına kurumun geri kalanı olan Grup 2'nin neden satın alması gerektiğini yazın",
    same:
      'yenileme ve yeni satın alma mesajları aynı; Grup 1 sonuçların kanıtını, Grup 2 satın almak için bir neden ister: ' +
      'farklı bir messages.newBuy yazın',
  },
  'cross-functional-team': {
    description: 'Müşteri ekibinde satış, pazarlama ve müşteri başarısı var.',
    rationale:
      'Yeni bir müşteri imza attığında planı tek bir çevik, çapraz fonksiyonlu ekip kurar: müşteri başarısı, ' +
      'pazarlama ve satış birlikte. Silolar düşmandır. Eksik her fonksiyon için bir bulgu verilir; ekipte hangi ' +
      'fonksiyonların olması gerektiğini `functions` seçeneği belirler.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
team:
  - { name: Ayşe Yılmaz, function: sales }
  - { name: Kemal Aydın, function: customer-success }
  - { name: Ece Demir, function: marketing }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
team:
  - { name: Ayşe Yılmaz, function: sales }
  - { name: Selin Arslan, function: support }
`,
    options: { functions: 'Ekipte olması gereken fonksiyonlar (varsayılan sales, marketing, customer-success).' },
    noTeam: ({ function: wanted, all }: { function: string; all: string }) =>
      `ekip yok, bu yüzden ${teamFunction(wanted)} üyesi de yok; çapraz fonksiyonlu ekibi (${all}) team altında listeleyin`,
    missing: ({ function: wanted, all }: { function: string; all: string }) =>
      `ekipte ${teamFunction(wanted)} üyesi yok; ekibe bir üye ekleyin: müşteriyi ${all} birlikte planlar`,
    notAFunction: ({ functions }: { functions: string }) => `şunlardan biri olmalı: ${functions}`,
    notAList: 'ekip fonksiyonlarının bir listesi olmalı',
    emptyList: 'en az bir fonksiyon içermeli',
  },
  'milestone-review': {
    description:
      'Tarihi gelmiş her kilometre taşının müşteri, satış, pazarlama ve müşteri başarısıyla yapılmış, tarihli bir 360° değerlendirmesi var.',
    rationale:
      'Yöntem her kilometre taşında bir 360° değerlendirme yapar: müşteri, satış, pazarlama ve müşteri başarısı ' +
      'birlikte geriye bakar ve planı düzeltir. Son tarihi `--as-of` tarihinde ya da daha önce olan bir kilometre ' +
      'taşının, yapıldığı (ya da planlandığı) tarihi (`date`) taşıyan bir `review` kaydı ve dört tarafı da sayan bir ' +
      '`perspectives` listesi olmalı: customer, sales, marketing ve customer-success. Bulgu eksik tarafları adıyla söyler.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
milestones:
  - name: Canlıya geçiş, ilk depo
    due: 2026-04-01
    done: 2026-04-10
    review: { date: 2026-04-15, perspectives: [customer, sales, marketing, customer-success] }
  - name: Tüm depolara yaygınlaştırma
    due: 2027-03-31
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
milestones:
  - name: Canlıya geçiş, ilk depo
    due: 2026-04-01
    done: 2026-04-10
  - name: Altıncı ay görüşmesi
    due: 2026-08-01
    review: { date: 2026-08-05, perspectives: [customer, sales] }
`,
    noReview: ({ name, done, due, dated }: { name: string; done: string; due: string; dated: boolean }) =>
      `"${name}" ${done !== '' ? `${done} tarihinde tamamlandı` : `için son tarih ${due} idi`}, ancak ${dated ? 'değerlendirmesinin tarihi yok' : '360° değerlendirmesi yapılmamış'}; ` +
      'değerlendirmeyi müşteri, satış, pazarlama ve müşteri başarısıyla birlikte yapın ve review.date alanına yazın',
    missingPerspectives: ({ name, done, due, date, perspectives, count: howMany }: { name: string; done: string; due: string; date: string; perspectives: string; count: number }) =>
      `"${name}" ${done !== '' ? `${done} tarihinde tamamlandı` : `için son tarih ${due} idi`}, ancak değerlendirmesinde (${date}) ` +
      `${perspectives} ${howMany === 1 ? 'bakış açısı' : 'bakış açıları'} eksik; 360° değerlendirme dört tarafı da dinler: ` +
      `${howMany === 1 ? 'onu' : 'onları'} da davet edin ve review.perspectives listesine ekleyin`,
    perspective: {
      customer: 'müşteri (customer)',
      sales: 'satış (sales)',
      marketing: 'pazarlama (marketing)',
      'customer-success': 'müşteri başarısı (customer-success)',
    },
  },
  'renewal-date': {
    description: 'Yenileme tarihi geçmemiş: plan bir sonraki yenilemeyi gösteriyor.',
    rationale:
      'Plandaki her şey yenilemeye yöneliktir: başabaş noktası ona göre ölçülür, gündem ona doğru geri sayar. ' +
      '`--as-of` tarihinden önceki bir `renewalDate`, yenilemenin olup bittiği (ya da kaybedildiği) ama planın hâlâ ' +
      'onu gösterdiği anlamına gelir; bir sonraki yenilemeye hiçbir şey geri saymaz. Bir sonraki yenileme tarihini ' +
      'yazın; müşteri kaybedildiyse bunu `x-` notlarına yazıp planı arşivleyin. Yenileme tarihi olmayan bir plan ' +
      'bulgu değildir.',
    passing: `cro: 1
account: { name: Anadolu Lojistik, customerSince: 2026-02-01, renewalDate: 2027-02-01 }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik, customerSince: 2025-02-01, renewalDate: 2026-02-01 }
`,
    message: ({ renewal, days }: { renewal: string; days: number }) =>
      `yenileme tarihi ${renewal} geçti (${count(days)} gün önce); account.renewalDate alanına bir sonraki yenileme tarihini yazın ` +
      'ya da müşterinin kaybedildiğini x- notlarında belirtin',
  },
  'new-buy-targets': {
    description: "Planda bir Grup 2 hedefi var ve her hedefin Grup 1'den bir kahramanı var.",
    rationale:
      'Müşteri kurumunun geri kalanına (Grup 2) ulaşma hakkı, Grup 1 ile elde edilen sonuçlarla kazanılır: hikâyeyi ' +
      'Grup 1 kahramanları anlatır. Bu yüzden plan en az bir `newBuy` hedefi yazar ve her hedef, `heroes` altında ' +
      'bu hikâyeyi anlatacak, şirketten ayrılmamış bir Grup 1 paydaşını gösterir.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: ayse, name: Ayşe Yılmaz, group: renew, stance: advocate }
  - { id: elif, name: Elif Şahin, group: new-buy }
newBuy:
  - { unit: Finans, contacts: [elif], heroes: [ayse] }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: elif, name: Elif Şahin, group: new-buy }
  - { id: can, name: Can Öztürk, group: new-buy }
newBuy:
  - { unit: Finans, contacts: [elif], heroes: [can] }
`,
    noTarget: ({ account }: { account: string }) =>
      `henüz Grup 2 hedefi yok; newBuy altına bir hedef ekleyin: ${account} içinden bir birim, o birimin sorunu ` +
      've hikâyeyi o birime anlatacak bir Grup 1 kahramanı',
    noHero: ({ unit, why }: { unit: string; why: string }) =>
      `"${unit}" hedefinin Grup 1'den kahramanı yok${why === '' ? '' : `: ${why}`}; heroes listesine hikâyeyi anlatacak, Grup 1'den bir kişi ekleyin`,
    heroLeft: ({ name, leftOn }: { name: string; leftOn: string }) => `${name} ${leftOn} tarihinde ayrıldı`,
    heroInGroup2: ({ name }: { name: string }) => `${name} Grup 2'de`,
  },
  economics: {
    description: 'Planda ekonomik veriler var; başabaş noktası ve yatırım getirisi (ROI) hesaplanabiliyor.',
    rationale:
      'CRO her müşterinin ve her segmentin yatırım getirisini (ROI) bilir; her müşterinin, kazanılma ve hizmet ' +
      'maliyetini karşılaması için ne kadar kalması gerektiğini de. Bunun için bir `economics` bölümü gerekir: en ' +
      'azından gelir (`monthlyRevenue` veya `annualRevenue`) ve müşteri edinme maliyeti.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
economics:
  acquisitionCost: 84000
  monthlyRevenue: 9500
  grossMargin: 0.78
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
`,
    message:
      'ekonomik veri yok, bu yüzden başabaş noktası ve yatırım getirisi (ROI) hesaplanamıyor; acquisitionCost ve ' +
      'monthlyRevenue (veya annualRevenue) içeren bir economics bölümü ekleyin',
  },
  'breakeven-horizon': {
    description: 'Müşteri, yenileme tarihinden önce başabaş noktasına ulaşıyor: edinme ve devreye alma maliyeti karşılanıyor.',
    rationale:
      'Başabaş noktası, müşteri edinme ve devreye alma maliyetinin, süregelen destek düşüldükten sonra ' +
      'karşılanması için müşterinin ne kadar kalması gerektiğini söyler. Bu nokta `account.renewalDate` sonrasına ' +
      'düşüyorsa müşteri yenilemezse bu müşteriden zarar edilir; ufuk içinde (cro.config.yaml içinde ' +
      '`breakeven.horizon`, varsayılan 120 ay) hiç gelmiyorsa anlaşma hiç kâr getirmez. 1. ay `economics.start` tarihinde, yoksa `account.customerSince` ' +
      'tarihinde başlar.',
    passing: `cro: 1
account: { name: Anadolu Lojistik, customerSince: 2026-02-01, renewalDate: 2028-02-01 }
economics:
  acquisitionCost: 84000
  onboardingCost: 12000
  monthlyRevenue: 9500
  grossMargin: 0.78
  supportCostMonthly: 1200
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik, customerSince: 2026-02-01, renewalDate: 2027-02-01 }
economics:
  acquisitionCost: 84000
  onboardingCost: 12000
  monthlyRevenue: 9500
  grossMargin: 0.78
  supportCostMonthly: 1200
`,
    never: ({ account, horizon, reason }: { account: string; horizon: number; reason: string }) =>
      `${account} ${count(horizon)} aylık ufukta başabaş noktasına ulaşmıyor: ${reason === '' ? 'katkı, ilk yatırımı hiçbir zaman karşılamıyor' : reason}; ` +
      'fiyatı ya da marjı artırın veya müşteri edinme, devreye alma ya da destek maliyetini düşürün',
    afterRenewal: ({ account, month, date, renewal }: { account: string; month: number; date: string; renewal: string }) =>
      `${account} başabaş noktasına ${count(month)}. ayda (${date}) ulaşıyor, yani yenileme tarihinden (${renewal}) sonra: ` +
      'müşteri, anlaşma kendini amorti etmeden yenileme kararı verecek; yenileme gerekçesini planlayın ya da müşteri ' +
      'edinme, devreye alma veya destek maliyetini düşürün',
  },
  'stale-contact': {
    description: 'Şirketten ayrılmamış her paydaşla son 90 gün (`days` seçeneği) içinde görüşülmüş.',
    rationale:
      'Aylardır ekipten haber almayan bir savunucunuz ayrılmak üzere ya da bir rakiple görüşüyor olabilir. Bulgu, ' +
      '`lastContact` tarihi `--as-of` tarihinden `days` günden (varsayılan 90) daha eskiye düşen, şirketten ' +
      'ayrılmamış her paydaşı adıyla söyler. `lastContact` tarihi olmayan bir paydaş bulgu değildir.',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: ayse, name: Ayşe Yılmaz, group: renew, lastContact: 2026-11-02 }
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
stakeholders:
  - { id: hakan, name: Hakan Yıldız, group: renew, lastContact: 2026-08-05 }
`,
    options: { days: 'lastContact tarihinden bu yana izin verilen en fazla gün (varsayılan 90).' },
    message: ({ name, days, last, limit }: { name: string; days: number; last: string; limit: number }) =>
      `${name} ile ${count(days)} gündür görüşülmedi (son görüşme ${last}, sınır ${count(limit)} gün); görüşün ve lastContact alanını güncelleyin`,
    daysWhole: 'tam sayı olarak bir gün sayısı olmalı, örneğin 60',
    daysAtLeastOne: 'en az 1 gün olmalı',
  },
  okrs: {
    description: 'Planda anahtar sonucu olan en az bir hedef var.',
    rationale:
      'CRO pazarlamayı, satışı ve müşteri başarısını ortak hedeflerde buluşturur. Her müşteri için bu, bütün ekibin ' +
      'üzerinde çalıştığı ve ölçülebilir bir anahtar sonucu (`keyResults`) olan en az bir hedef demektir (`okrs[].objective`).',
    passing: `cro: 1
account: { name: Anadolu Lojistik }
okrs:
  - objective: Anadolu Lojistik'i referans müşteri yapmak
    keyResults: [Haziran 2027'ye kadar yayımlanmış iki başarı hikâyesi]
`,
    failing: `cro: 1
account: { name: Anadolu Lojistik }
okrs:
  - objective: Anadolu Lojistik'i referans müşteri yapmak
`,
    noOkrs: 'OKR yok; satış, pazarlama ve müşteri başarısının paylaştığı, en az bir anahtar sonucu olan bir hedef ekleyin',
    noKeyResult: ({ objective }: { objective: string }) => `hiçbir hedefin anahtar sonucu yok; "${objective}" hedefine keyResults ekleyin`,
  },
  suppression: suppressionRule,
  'yaml-syntax': {
    description: 'Dosya YAML 1.2 olarak okunabilmeli (UTF-8, girintide boşluk, en fazla 1 MiB).',
    rationale:
      'Okunamayan bir plan denetlenemez: diğer kuralların hiçbiri onun üzerinde çalışmaz. Planlar UTF-8 ile ' +
      'yazılmış YAML 1.2 dosyalarıdır; boşlukla girintilenir (sekme bir sözdizimi hatasıdır) ve anahtarları ' +
      'benzersizdir. Bulgu, ayrıştırıcının ilk durduğu yeri gösterir.',
    passing: 'cro: 1\naccount:\n  name: Anadolu Lojistik\n',
    failing: 'cro: 1\naccount:\n\tname: Anadolu Lojistik   # sekmeyle girintilenmiş\n',
  },
  schema: {
    description: 'Plan, plan biçimine uymalı: bilinen anahtarlar, zorunlu alanlar, geçerli değerler ve başvurular.',
    rationale:
      'Bir yazım hatası sessizce geçmesin diye bilinmeyen anahtarlar hatadır; her başvuru (`backup`, `contacts`, ' +
      "`heroes`) aynı plandaki bir paydaşı göstermelidir. Kimlikler (id) metindir, tarihler gerçek ISO tarihleridir, para " +
      'tutarları negatif olamaz ve oranlar kendi aralıklarındadır. Kapsama kuralları yalnızca bu denetimden geçen ' +
      'planlarda çalışır. Biçimin tamamını `cro schema` gösterir.',
    passing: 'cro: 1\naccount:\n  name: Anadolu Lojistik\nstakeholders:\n  - id: ayse\n    name: Ayşe Yılmaz\n    group: renew\n',
    failing:
      'cro: 1\naccount:\n  name: Anadolu Lojistik\nstakeholders:\n  - id: 2024          # id metin olmalı: tırnak içine alın\n    name: Ayşe Yılmaz\n    group: renw        # renew veya new-buy\n',
  },

  terms: {
    roles: {
      'end-user': ROLES['end-user']!,
      administrator: ROLES.administrator!,
      procurement: ROLES.procurement!,
      'budget-owner': ROLES['budget-owner']!,
      'executive-sponsor': ROLES['executive-sponsor']!,
      other: ROLES.other!,
    },
    functions: {
      sales: FUNCTIONS.sales!,
      marketing: FUNCTIONS.marketing!,
      'customer-success': FUNCTIONS['customer-success']!,
      support: FUNCTIONS.support!,
      product: FUNCTIONS.product!,
      executive: FUNCTIONS.executive!,
      other: FUNCTIONS.other!,
    },
    stances: { advocate: 'savunucu', supporter: 'destekçi', neutral: 'tarafsız', detractor: 'muhalif', unknown: 'tutumu bilinmiyor' },
    objections: { competitor: 'rakip tercihi', 'poor-fit': 'uyumsuzluk', concern: 'endişe' },
  },

  whyNot: {
    left: ({ leftOn }: { leftOn: string }) => `${leftOn} tarihinde ayrıldı`,
    inGroup2: "Grup 2'de (new-buy)",
    // After the name, with no case ending to fit it: "Ali Kaya için tutum girilmemiş".
    unknownStance: 'için tutum girilmemiş',
    stance: ({ stance }: { stance: string }) => stance,
  },

  otherRule: ({ rule }: { rule: string }) => `${rule} kuralının bulguları.`,

  settings: {
    notConfigurable: ({ where, id }: { where: string; id: string }) => `${where}: "${id}" kuralı ayarlanamaz; geçersiz planlar her zaman hatadır`,
    unknownRule: ({ id, hint }: { id: string; hint: string }) => `bilinmeyen kural "${id}"${hint}; kuralların listesi için \`cro rules\` çalıştırın`,
    ruleFlag: ({ flag }: { flag: string }) => `--rule ${flag}: <kural-id>=off|warn|error biçiminde yazın, örneğin --rule okrs=off`,
    noOptions: ({ where, id }: { where: string; id: string }) => `${where}: "${id}" kuralının seçeneği yok`,
    unknownOption: ({ where, id, key, hint, known }: { where: string; id: string; key: string; hint: string; known: string }) =>
      `${where}: "${id}" kuralında "${key}" diye bir seçenek yok${hint}; seçenekleri: ${known}`,
    badOption: ({ where, id, option, got, problem }: { where: string; id: string; option: string; got: string; problem: string }) =>
      `${where}: "${id}" kuralının ${option === '' ? 'seçenekleri' : `"${option}" seçeneği`}${got === '' ? '' : ` (yazılan: ${got})`}: ${problem}`,
  },

  list: {
    unknownFormat: ({ format, hint }: { format: string; hint: string }) => `--format ${format}: bilinmeyen biçim${hint}; table ya da json kullanın`,
    headRule: 'kural',
    headSeverity: 'önem düzeyi',
    headDescription: 'açıklama',
    always: ' (her zaman)',
    changedFrom: ({ severity }: { severity: string }) => ` (varsayılan ${severity})`,
    setHere: ({ description, options }: { description: string; options: string }) => `${description} Burada ayarlanan: ${options}.`,
    changedOption: ({ key, value, fallback }: { key: string; value: string; fallback: string }) => `${key}: ${value} (varsayılan ${fallback})`,
    footer: 'Bir kuralın neden var olduğunu sorunsuz ve sorunlu birer örnekle görmek için `cro explain <kural>` çalıştırın.',
  },

  explain: {
    severity: 'Önem düzeyi',
    options: 'Seçenekler',
    why: 'Neden',
    passing: 'Sorunsuz örnek',
    failing: 'Sorunlu örnek',
    configure: 'Ayarlama',
    alwaysError: 'error (her zaman; ayarlanamaz)',
    reports: ({ command }: { command: string }) => `${command} şunları bildirir:`,
    inConfig: 'cro.config.yaml içinde:',
    offComment: '# ya da warn, error',
    oneRun: ({ command }: { command: string }) => `Ya da yalnızca bir çalıştırma için: ${command}`,
  },
} satisfies Catalog['rules'];
