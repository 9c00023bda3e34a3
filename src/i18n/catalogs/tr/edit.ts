import type { Catalog } from '../en/index.js';
import { genitive } from '../../turkish.js';
import { sayı } from './count.js';

/*
 * Planı düzenleyen komutlar (SPEC §7). Plan anahtarları, enum değerleri ve dosya adları
 * veridir, olduğu gibi kalır. Adlara ek çoğunlukla getirilmez ("Maria Lopez ile son görüşme"); gerektiğinde ../../turkish.js getirir (genitive).
 */

/** "a", "a ve b", "a, b ve c". */
const listing = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ve ${items[items.length - 1]}`);

export const edit = {
  help: {
    dryRun: 'değişikliği birleşik fark (unified diff) olarak gösterir, hiçbir şey yazmaz',
    format: 'çıktı: text (her değişiklik bir satır) ya da json',
    asOf: 'düzenlemenin günü: verilmeyen tarih bu gün sayılır, kapanan ve açılan bulgular bu güne göre değerlendirilir (varsayılan bugün)',
    yes: 'hiç soru sormaz; eksik bir bilgi varsa hata verir',
    contact: {
      summary: 'müşteride biriyle görüşüldüğünü kaydeder',
      description: 'Her kişinin lastContact tarihini yazar (varsayılan bugün). --force verilmedikçe tarihi hiçbir zaman geriye almaz.',
      plan: 'plan: dosya yolu, .yaml olmadan dosya adı ya da müşteri adı',
      people: 'görüştüğünüz kişiler: kimlik (id) ya da ad',
      on: 'görüşmenin tarihi (varsayılan bugün)',
      force: 'tarih plandakinden önce olsa da yazar',
      exampleToday: 'bugün Maria ile görüştünüz',
      exampleTwo: 'geçen cuma iki kişiyle toplantı yaptınız',
    },
    left: {
      summary: 'birinin müşteriden ayrıldığını kaydeder',
      description: 'leftOn tarihini yazar (kişi kayıt için planda kalır, ama artık hiçbir rolü karşılamaz). Kişinin yedek olduğu her yerde --successor ile verilen kişi yedek olur; verilmezse yeni yedeğe ihtiyacı olanlar listelenir. Kayıtlı bir ayrılış tarihi yalnızca --force ile değiştirilir.',
      person: 'ayrılan kişi: kimlik (id) ya da ad',
      on: 'ayrıldığı tarih (varsayılan bugün)',
      successor: 'kişinin yedek olduğu her yerde onun yerine yedek olacak kişi',
      force: 'zaten ayrılmış olarak kayıtlı birinin ayrılış tarihini değiştirir',
    },
    stakeholder: {
      summary: 'plana paydaş ekler ya da bir paydaşı günceller',
      add: {
        summary: 'paydaş ekler',
        description: 'cro init --stakeholder ile aynı yazımla bir kişi ekler: önce ad, sonra noktalı virgülle ayrılmış anahtar=değer parçaları (id, title, group, roles, stance, backup, objection, email, crmId, department, lastContact). Kimlik (id) addan üretilir ve plandaki başka bir kimlikle çakışmaz. Planda zaten olan bir kişi (aynı email ya da crmId) ikinci kez eklenmez: bilgilerini cro stakeholder set ile değiştirin. Aynı adda ikinci bir kişi eklenir ve bu bir notla belirtilir. lastContact bugünden sonra olamaz.',
        spec: 'kişi: "Ad; anahtar=değer; …"',
      },
      set: {
        summary: 'bir paydaşın bilgilerini değiştirir',
        description: 'Bir kişinin bilgilerini değiştirir: name (id değişmez), title, department, group, roles (roles=+administrator ekler, roles=-end-user çıkarır, roles=a,b yerine koyar), stance, backup, referrer, email, crmId, needs.see / .hear / .know, objection.kind / .detail, winPlan.owner / .due / .actions.',
        person: 'kişi: kimlik (id) ya da ad',
        assignments: 'değiştirilecek değerler, anahtar=değer biçiminde',
      },
    },
    review: {
      summary: 'bir kilometre taşının 360° değerlendirmesini kaydeder',
      description: 'Kilometre taşının 360° değerlendirmesini kaydeder (varsayılan: bugün, dört bakış açısıyla: customer, sales, marketing, customer-success); --done ile kilometre taşına ulaşıldığı tarihi de yazar. Kayıtlı bir değerlendirmenin yerine yenisi yalnızca --force ile yazılır.',
      milestone: 'kilometre taşı: adı ya da adının başı',
      date: 'değerlendirmenin tarihi (varsayılan bugün)',
      perspectives: 'görüşü alınan bakış açıları, virgülle ayrılmış',
      notes: 'değerlendirmede söylenenler',
      done: 'kilometre taşına ulaşıldığı tarih',
      force: 'kilometre taşının kayıtlı değerlendirmesinin yerine yenisini yazar',
    },
    set: {
      summary: 'planın başka herhangi bir değerini yazar',
      description: 'Tek bir değeri yazar: account.renewalDate, account.owner, messages.renew, economics.monthlyRevenue, milestones[0].due, … Değerler cro init ve cro breakeven seçenekleri gibi okunur (tarihler, tutarlar, oranlar ve yüzdeler).',
      key: 'anahtar, ör. account.renewalDate',
      value: 'yeni değer',
    },
    reassign: {
      summary: 'şirketinizden ayrılan birinin müşterilerini başkasına devreder',
      description: 'Bir adı her planda ekip üyesi, kazanma planı sorumlusu ve müşteri sorumlusu olarak değiştirir (yapılandırmadaki planlarda ya da verilen yollarda). Önce her plan kontrol edilir; ya hepsi yazılır ya hiçbiri.',
      oldName: 'ayrılan kişinin adı',
      newName: 'devralan kişinin adı',
      paths: 'plan dosyaları ya da klasörler (varsayılan: yapılandırmadaki planlar)',
    },
  },
  args: {
    plan: 'plan',
    person: 'kişi',
    milestone: 'kilometre-taşı',
    spec: 'tanım',
    assignment: 'anahtar=değer',
    key: 'anahtar',
    value: 'değer',
    oldName: 'eski',
    newName: 'yeni',
  },
  ask: {
    successor: ({ name }: { name: string }) => `${genitive(name)} yedek olduğu yerlerde yerine kim geçsin?`,
    nobodyYet: 'şimdilik kimse (yeni yedeğe ihtiyacı olanları listele)',
    choose: ({ what }: { what: string }) => `Hangi ${what}?`,
    chooseSome: ({ what }: { what: string }) => `Hangi ${what}? (birden fazla seçebilirsiniz)`,
    type: ({ what, example }: { what: string; example: string }) => `${what[0]!.toLocaleUpperCase('tr-TR')}${what.slice(1)} (ör. ${example})`,
    required: ({ what }: { what: string }) => `Bir ${what} yazın`,
  },
  missing: ({ names, command, example }: { names: readonly string[]; command: string; example: string }) =>
    `eksik: ${listing(names)}; soru sorulabilecek bir terminal yok, komut satırında verin (${command}, ör. ${example})`,
  unknownFormat: ({ format, formats }: { format: string; formats: string }) => `--format ${format}: bilinmeyen biçim; şunlardan birini kullanın: ${formats}`,
  find: {
    plan: 'plan',
    person: 'kişi',
    milestone: 'kilometre taşı',
    noSuchPlanFile: ({ file }: { file: string }) => `${file}: böyle bir plan dosyası yok`,
    noMatch: ({ what, wanted, suggestion, candidates, none }: { what: string; wanted: string; suggestion: string; candidates: readonly string[]; none: string }) =>
      `"${wanted}" adında bir ${what} yok${suggestion ? ` (${suggestion} mi demek istediniz?)` : ''}${candidates.length > 0 ? `; olanlar: ${candidates.join('; ')}` : `; ${none}`}`,
    noPlans: 'burada hiç plan yok (cro init ile bir plan oluşturabilirsiniz)',
    noPeople: 'planda henüz hiç paydaş yok',
    noMilestones: 'planda henüz hiç kilometre taşı yok',
    more: ({ count }: { count: number }) => `… ${sayı(count)} tane daha`,
    ambiguous: ({ what, wanted, candidates }: { what: string; wanted: string; candidates: readonly string[] }) =>
      `"${wanted}" birden fazla ${what} ile eşleşiyor: ${candidates.join('; ')}; hangisini kastettiğinizi tam olarak yazın`,
  },
  invalidBefore: ({ file }: { file: string }) => `${file} geçerli bir plan değil; cro düzenlemeden önce şunları düzeltin:`,
  moreFindings: ({ count, command }: { count: number; command: string }) => `… ve ${sayı(count)} bulgu daha (${command} hepsini listeler)`,
  cannotEdit: ({ file, reason }: { file: string; reason: string }) => `${file}: bu değişiklik dosyanın başka yerlerine dokunmadan yapılamıyor (${reason}); hiçbir şey yazılmadı`,
  wouldBeInvalid: ({ file, line, column, message }: { file: string; line: number; column: number; message: string }) =>
    `bu değişiklik planı geçersiz kılardı; hiçbir şey yazılmadı: ${file}:${line}:${column} ${message}`,
  changedOnDisk: ({ file }: { file: string }) => `cro düzenlerken ${file} diskte değişti; hiçbir şey yazılmadı, komutu yeniden çalıştırın`,
  lockedByAnother: ({ file }: { file: string }) => `${file} şu anda başka bir cro komutuyla düzenleniyor; hiçbir şey yazılmadı, komutu yeniden çalıştırın`,
  notWritten: ({ file, reason }: { file: string; reason: string }) => `${file}: ${reason}`,
  nothingToChange: ({ file }: { file: string }) => `${file}: değişecek bir şey yok`,
  dryRun: 'deneme (--dry-run): hiçbir şey yazılmadı',
  closes: ({ rule, who, what }: { rule: string; who: string; what: string }) => `giderilen: ${rule}${who ? ` (${who})` : what ? `: ${what}` : ''}`,
  opens: ({ rule, who, what }: { rule: string; who: string; what: string }) => `yeni bulgu: ${rule}${who ? ` (${who})` : what ? `: ${what}` : ''}`,
  contact: {
    inFuture: ({ given, asOf }: { given: string; asOf: string }) => `${given} bugünden (${asOf}) sonra: görüşmeyi gerçekleştikten sonra kaydedin; yılı kontrol edin`,
    setFirst: ({ name, date }: { name: string; date: string }) => `${name} ile son görüşme: ${date}`,
    moved: ({ name, from, to }: { name: string; from: string; to: string }) => `${name} ile son görüşme: ${from} → ${to}`,
    same: ({ name, date }: { name: string; date: string }) => `${name} ile son görüşme zaten ${date}`,
    notBackwards: ({ name, last, date }: { name: string; last: string; date: string }) =>
      `${name} ile son görüşme zaten ${last}, verilen tarihten (${date}) daha yeni: değiştirilmedi; yine de yazmak için --force ekleyin`,
  },
  left: {
    left: ({ name, date }: { name: string; date: string }) => `${name} ${date} tarihinde ayrıldı`,
    already: ({ name, date }: { name: string; date: string }) => `${name} zaten ${date} tarihinde ayrılmış olarak kayıtlı`,
    backupMoved: ({ name, from, to }: { name: string; from: string; to: string }) => `${name} için yedek: ${from} → ${to}`,
    leftWas: ({ name, date, was }: { name: string; date: string; was: string }) => `${name} ${date} tarihinde ayrıldı (önceki kayıt: ${was})`,
    inFuture: ({ given, asOf }: { given: string; asOf: string }) => `${given} bugünden (${asOf}) sonra: ayrılışı gerçekleştikten sonra kaydedin; yılı kontrol edin`,
    notMoved: ({ name, date, given }: { name: string; date: string; given: string }) =>
      `${name} zaten ${date} tarihinde ayrılmış olarak kayıtlı; hiçbir şey yazılmadı (yerine ${given} yazmak için --force ekleyin)`,
    needBackup: ({ name, left, command }: { name: string; left: string; command: string }) =>
      `${name} için yeni bir yedek gerekiyor (önceki yedek: ${left}); ${command} ile yazın ya da --successor ile yeniden çalıştırın`,
    successorIsSelf: ({ name, left, command }: { name: string; left: string; command: string }) =>
      `${name} için yeni bir yedek gerekiyor (önceki yedek: ${left}); yerine geçecek kişi ${name} olduğundan kendi kendisinin yedeği olamaz: ${command} ile yazın`,
    ownSuccessor: ({ name }: { name: string }) => `--successor: ${name} kendi yerine geçemez; başka birini yazın`,
    successorLeft: ({ name, date }: { name: string; date: string }) => `--successor: ${name} ${date} tarihinde ayrıldı; müşteride hâlâ çalışan birini yazın`,
  },
  stakeholder: {
    samePerson: ({ key, value, name, id, place, file }: { key: string; value: string; name: string; id: string; place: string; file: string }) =>
      `${key}=${value}: ${name} (${id}, ${place}) bu ${key === 'email' ? 'e-posta adresiyle' : 'crmId değeriyle'} planda zaten kayıtlı; bilgilerini değiştirmek için cro stakeholder set ${file} ${id} <anahtar=değer> kullanın; hiçbir şey yazılmadı`,
    sameName: ({ name, id, place, newId }: { name: string; id: string; place: string; newId: string }) => `${name} planda zaten var (${id}, ${place}); yeni kişi ayrı bir paydaş olarak eklendi (id ${newId})`,
    added: ({ name, id, group, roles }: { name: string; id: string; group: string; roles: readonly string[] }) =>
      `${name} eklendi (id ${id}, grup ${group}${roles.length > 0 ? `, roller ${roles.join(', ')}` : ''})`,
    unknownKey: ({ key, suggestion, keys }: { key: string; suggestion: string; keys: readonly string[] }) => `${key}: bu anahtar cro stakeholder set ile değiştirilemez${suggestion}; şunlardan birini kullanın: ${keys.join(', ')}`,
    writeValue: ({ key }: { key: string }) => `${key}: ${key}=<değer> yazın`,
    notYesNo: ({ key, value }: { key: string; value: string }) => `${key}=${value}: true ya da false yazın`,
    notInList: ({ name, key, value }: { name: string; key: string; value: string }) => `${name} için ${key} içinde ${value} yok`,
    alreadySo: ({ name, key, value }: { name: string; key: string; value: string }) => `${name} için ${key} zaten ${value}`,
    setFirst: ({ name, key, to }: { name: string; key: string; to: string }) => `${name} için ${key}: ${to}`,
    changed: ({ name, key, from, to }: { name: string; key: string; from: string; to: string }) => `${name} için ${key}: ${from || '(yok)'} → ${to || '(yok)'}`,
  },
  review: {
    recorded: ({ milestone, date, perspectives }: { milestone: string; date: string; perspectives: readonly string[] }) =>
      `"${milestone}" için ${date} tarihli 360° değerlendirme: ${perspectives.join(', ')}`,
    done: ({ milestone, date }: { milestone: string; date: string }) => `"${milestone}" kilometre taşına ${date} tarihinde ulaşıldı`,
    alreadyDone: ({ milestone, date }: { milestone: string; date: string }) => `"${milestone}" kilometre taşına ulaşıldığı tarih zaten ${date} olarak kayıtlı`,
    doneInFuture: ({ given, asOf }: { given: string; asOf: string }) => `${given} bugünden (${asOf}) sonra: kilometre taşına ulaşıldıktan sonra kaydedin; yılı kontrol edin`,
    same: ({ milestone, date, perspectives }: { milestone: string; date: string; perspectives: readonly string[] }) =>
      `"${milestone}" için ${date} tarihli 360° değerlendirme (${perspectives.join(', ')}) zaten kayıtlı`,
    notReplaced: ({ milestone, date, perspectives }: { milestone: string; date: string; perspectives: readonly string[] }) =>
      `"${milestone}" için ${date} tarihli bir 360° değerlendirme (${perspectives.join(', ')}) zaten kayıtlı; hiçbir şey yazılmadı (yerine yenisini yazmak için --force ekleyin)`,
    replaced: ({ milestone, date, perspectives, was, wasPerspectives }: { milestone: string; date: string; perspectives: readonly string[]; was: string; wasPerspectives: readonly string[] }) =>
      `"${milestone}" için ${date} tarihli 360° değerlendirme: ${perspectives.join(', ')} (${was} tarihli değerlendirmenin yerine: ${wasPerspectives.join(', ')})`,
  },
  set: {
    badKey: ({ key }: { key: string }) => `${key}: geçerli bir anahtar değil; bölüm.anahtar biçiminde yazın, ör. account.renewalDate ya da milestones[0].due`,
    useStakeholderSet: ({ key }: { key: string }) => `${key}: paydaş bilgileri cro stakeholder set <plan> <kişi> anahtar=değer ile değiştirilir`,
    formatVersion: 'cro anahtarı planın biçim sürümüdür; elle değiştirilmez',
    unknownKey: ({ key, suggestion }: { key: string; suggestion: string }) => `${key}: planda böyle bir anahtar yok${suggestion}`,
    notScalar: ({ key }: { key: string }) => `${key} tek bir değer değil; içindeki anahtarlardan birini yazın`,
    noItem: ({ key }: { key: string }) => `${key}: planda böyle bir öğe yok`,
    emptyValue: ({ key }: { key: string }) => `${key}: bir değer yazın`,
    oneOf: ({ suggestion, choices }: { suggestion: string; choices: readonly string[] }) => `şunlardan biri değil: ${choices.join(', ')}${suggestion}`,
    alreadySo: ({ key, value }: { key: string; value: string }) => `${key} zaten ${value}`,
    setFirst: ({ key, to }: { key: string; to: string }) => `${key}: ${to}`,
    changed: ({ key, from, to }: { key: string; from: string; to: string }) => `${key}: ${from} → ${to}`,
  },
  reassign: {
    emptyName: 'iki adı da yazın: cro reassign "<eski ad>" "<yeni ad>"',
    sameName: ({ name }: { name: string }) => `"${name}" hem eski hem yeni ad olarak verilmiş; iki farklı ad yazın`,
    nobody: ({ name, plans, suggestion }: { name: string; plans: number; suggestion: string }) =>
      `"${name}" adı hiçbir planda ekip üyesi, kazanma planı sorumlusu ya da müşteri sorumlusu olarak geçmiyor (${sayı(plans)} plan okundu)${suggestion ? `; "${suggestion}" mi demek istediniz?` : ''}`,
    accountOwner: 'müşteri sorumlusu',
    teamMember: ({ function: role }: { function: string }) => `ekip üyesi (${role})`,
    removedFromTeam: ({ name, function: role, to }: { name: string; function: string; to: string }) => `ekip üyesi (${role}): ${name} çıkarıldı, ${to} zaten ekipte`,
    winPlanOwner: ({ name }: { name: string }) => `${name} için kazanma planının sorumlusu`,
    moved: ({ what, from, to }: { what: string; from: string; to: string }) => `${what}: ${from} → ${to}`,
  },
} satisfies Catalog['edit'];
