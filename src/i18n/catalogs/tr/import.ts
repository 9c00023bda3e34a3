import type { Catalog } from '../en/index.js';

/*
 * cro import (SPEC §8): CRM dışa aktarımındaki kişiler planlara. Sütun adları, alan
 * adları, plan anahtarları, dosya adları ve hazır ayarlar veridir, olduğu gibi kalır.
 */

/** "a", "a ve b", "a, b ve c". */
const listing = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ve ${items[items.length - 1]}`);

export const importing = {
  help: {
    summary: "CRM dışa aktarımındaki kişileri planlara aktarır (HubSpot, Salesforce, her CSV)",
    description:
      "CSV dışa aktarımındaki kişileri planlarla birleştirir: her satır, account.crmId değeri satırdaki müşteri kimliği olan plana, yoksa müşteri adı (büyük-küçük harf ve aksan fark etmez) tutan plana, --plan verildiyse hepsi o plana gider. Kişi önce crmId, sonra e-posta, sonra ad ile bulunur. İletişim bilgileri (name, title, department, email, crmId) dışa aktarımdaki gibi olur; lastContact yalnızca ileri gider; satın alma rolleri yalnızca rol ekler; kimse silinmez. Hatalı bir satır tüm işlemi durdurur ve hiçbir şey yazılmaz (--skip-bad-rows verilmedikçe). Aynı dosyayı yeniden almak hiçbir şeyi değiştirmez.",
    file: 'CSV dosyası: virgül, noktalı virgül ya da sekme; UTF-8, BOM ile UTF-16 ya da --encoding',
    preset: 'dışa aktarımın kaynağı: hubspot, salesforce ya da generic (varsayılan: başlık satırından anlaşılır)',
    map: 'bir sütunu bir alan olarak okur, örn. "Firma=account" (birden çok kez verilebilir); alanlar: account, accountCrmId, name, firstName, lastName, title, department, email, crmId, lastContact, buyingRole',
    plan: 'tüm satırları bu plana yazar (dosya yolu, .yaml olmadan dosya adı ya da müşteri adı)',
    create: 'planı olmayan her müşteri için varsayılan şablondan yeni plan oluşturur',
    group: 'yeni kişilerin grubu: renew (Grup 1) ya da new-buy (Grup 2); varsayılan renew',
    encoding: 'BOM olmayan dosyanın kodlaması, örn. windows-1254 (Türkçe Excel), windows-1252, latin1; varsayılan utf-8',
    delimiter: 'ayraç: , ya da ; ya da sekme (varsayılan: başlık satırından bulunur)',
    dateFormat: 'tarihlerin yazılışı: DD.MM.YYYY, MM/DD/YYYY ya da DD/MM/YYYY; arkasına saat gelebilir (ISO ve DD.MM.YYYY her zaman okunur)',
    skipBadRows: 'hatalı satırlar yüzünden hiçbir şeyi almamak yerine sağlam satırları alır, hatalıları listeler',
    dryRun: 'her planın değişikliğini birleşik fark (unified diff) olarak gösterir, hiçbir şey yazmaz',
    format: 'çıktı: text ya da json',
    exampleHubspot: 'HubSpot kişi dışa aktarımı',
    exampleSalesforce: 'Salesforce kişi raporu; yeni müşterilere plan açılır',
    exampleGeneric: 'kendi CSV dosyanız: sütunlarını eşleyin',
    exampleTurkish: 'Türkçe Excel dosyası, tek bir plana',
  },
  noFile: ({ file }: { file: string }) => `${file}: böyle bir dosya yok; CSV dışa aktarımının yolunu verin`,
  notAFile: ({ file }: { file: string }) => `${file}: dosya değil; CSV dışa aktarımının yolunu verin`,
  unknownEncoding: ({ encoding }: { encoding: string }) => `--encoding ${encoding}: cro bu kodlamayı tanımıyor; utf-8, utf-16le, windows-1254, windows-1252 ya da latin1 deneyin`,
  notUtf8: ({ file }: { file: string }) => `${file}: UTF-8 değil; kodlamasını belirtin, örn. --encoding windows-1254 (Türkçe Excel) ya da --encoding windows-1252`,
  badDelimiter: ({ delimiter }: { delimiter: string }) => `--delimiter ${delimiter}: tek karakter verin: , ya da ; ya da tab`,
  badDateFormat: ({ format, formats }: { format: string; formats: readonly string[] }) => `--date-format ${format}: cro bu tarih biçimini okuyamıyor; şunlardan birini kullanın: ${listing(formats)} (arkasına saat gelebilir, örn. "DD.MM.YYYY hh:mm")`,
  badMap: ({ map }: { map: string }) => `--map ${map}: <sütun>=<alan> biçiminde yazın, örn. --map "Firma=account"`,
  unknownField: ({ map, field, suggestion, fields }: { map: string; field: string; suggestion: string; fields: readonly string[] }) => `--map ${map}: cro'da "${field}" diye bir alan yok${suggestion}; alanlar: ${listing(fields)}`,
  noColumn: ({ map, column, suggestion, columns }: { map: string; column: string; suggestion: string; columns: readonly string[] }) =>
    `--map ${map}: dosyada "${column}" sütunu yok${suggestion}; dosyanın sütunları: ${listing(columns.map((c) => `"${c}"`))}`,
  failedColumns: ({ count }: { count: number }) => `--map ile verilen ${count === 1 ? 'bir sütun' : `${count} sütun`} dosyada yok: hiçbir şey yazılmadı. --map seçeneğine başlık satırındaki bir sütunun adını verin (--skip-bad-rows işe yaramaz: ${count === 1 ? 'bu sütun' : 'bu sütunlar'} hiçbir satırda yok)`,
  noNameColumn: ({ file, columns }: { file: string; columns: readonly string[] }) => `${file}:1: adları tutan sütun yok (sütunlar: ${listing(columns.map((c) => `"${c}"`))}); --map "<sütun>=name" (ya da firstName ve lastName) ile birini gösterin ya da --preset seçin`,
  noAccountColumn: ({ file, columns }: { file: string; columns: readonly string[] }) => `${file}:1: müşteriyi tutan sütun yok (sütunlar: ${listing(columns.map((c) => `"${c}"`))}); --map "<sütun>=account" ile birini gösterin ya da tüm satırları --plan ile tek bir plana yazın`,
  csvSyntax: ({ file, line, reason }: { file: string; line: number; reason: string }) => `${file}:${line}: cro bu CSV'yi okuyamıyor (${reason}); hiçbir şey yazılmadı`,
  quoteNotClosed: 'burada açılan tırnak hiç kapanmıyor',
  badClosingQuote: 'kapanan tırnaktan sonra metin var; tırnaklı alanın içindeki tırnak iki kez yazılır',
  empty: ({ file }: { file: string }) => `${file}: başlık satırının altında satır yok; alınacak bir şey yok`,
  reason: {
    noName: 'ad yok',
    noAccount: 'müşteri yok',
    badDate: ({ column, value }: { column: string; value: string }) => `${column} "${value}" bir tarih değil; tarihlerin yazılışını --date-format ile belirtin`,
    ambiguousDate: ({ column, value, readings }: { column: string; value: string; readings: readonly string[] }) => `${column} "${value}" şunlardan biri olabilir: ${listing(readings)}; hangisi olduğunu --date-format ile belirtin`,
    badEmail: ({ column, value }: { column: string; value: string }) => `${column} "${value}" bir e-posta adresi değil`,
    unknownBuyingRole: ({ column, value, roles }: { column: string; value: string; roles: readonly string[] }) => `${column} "${value}" cro'nun tanıdığı bir satın alma rolü değil (${listing(roles)})`,
    twoPeople: ({ crmId, email, byCrmId, byEmail }: { crmId: string; email: string; byCrmId: string; byEmail: string }) =>
      `crmId "${crmId}" ${byCrmId}, email "${email}" ise ${byEmail} ait: bir satır iki ayrı kişi olamaz; dışa aktarımda bu satırın crmId ya da email değerini düzeltin`,
    holder: ({ name, id, line, plan }: { name: string; id?: string; line?: number; plan: string }) =>
      id === undefined ? `${line}. satırdaki ${name} kişisine` : `${plan} içindeki ${name} (${id}${line === undefined ? '' : `, ${line}. satırdan sonra`}) kişisine`,
    samePerson: ({ line, by, value, fields }: { line: number; by: string; value: string; fields: readonly string[] }) =>
      `${line}. satırdaki kişiyle aynı kişi (${by} aynı: "${value}") ama bilgileri farklı: ${fields.join('; ')}; dışa aktarımda her kişiye tek satır bırakın ya da satırlardaki bilgileri aynı yapın`,
    otherValue: ({ field, value, earlier, line }: { field: string; value: string; earlier: string; line: number }) => `${field} burada "${value}", ${line}. satırda "${earlier}"`,
  },
  badRow: ({ file, line, reason }: { file: string; line: number; reason: string }) => `${file}:${line}: ${reason}`,
  failed: ({ count }: { count: number }) => `${count} satır okunamadı: hiçbir şey yazılmadı. Dışa aktarımda düzeltin ya da geri kalanını almak için --skip-bad-rows ekleyin`,
  conflicting: ({ count }: { count: number }) => `${count} satır önceki bir satırla ya da planla çelişiyor: hiçbir şey yazılmadı. Dışa aktarımda düzeltin ya da geri kalanını almak için --skip-bad-rows ekleyin (birbiriyle çelişen iki satırdan sonraki atlanır)`,
  skipped: ({ file, line, reason }: { file: string; line: number; reason: string }) => `atlandı ${file}:${line}: ${reason}`,
  change: {
    added: ({ name, id }: { name: string; id: string }) => `eklendi: ${name} (${id})`,
    changed: ({ name, key, from, to }: { name: string; key: string; from: string; to: string }) => `${name}: ${key} ${from} → ${to}`,
    setFirst: ({ name, key, to }: { name: string; key: string; to: string }) => `${name}: ${key} ${to}`,
    accountCrmId: ({ id }: { id: string }) => `account.crmId ${id}`,
  },
  planLine: ({ file, account, added, updated, unchanged, missing }: { file: string; account: string; added: number; updated: number; unchanged: number; missing: number }) =>
    `${file} (${account}): ${added} eklendi, ${updated} güncellendi, ${unchanged} değişmedi, ${missing} dışa aktarımda yok`,
  newPlan: ({ file, account }: { file: string; account: string }) => `${file} (${account}): yeni plan`,
  addedPerson: ({ name, id }: { name: string; id: string }) => `+ ${name} (${id})`,
  updatedPerson: ({ name, fields }: { name: string; fields: readonly string[] }) => `~ ${name}: ${fields.join(', ')}`,
  notInExport: ({ names }: { names: readonly string[] }) => `? dışa aktarımda yok, ayrılmış olabilir: ${names.join(', ')} (öyleyse cro left <plan> <kişi>)`,
  unknownAccounts: ({ count, accounts }: { count: number; accounts: readonly string[] }) =>
    `planı olmayan müşterilerin ${count} satırı atlandı: ${listing(accounts)}. Planlarını oluşturmak için --create, satırları tek bir plana yazmak için --plan ekleyin`,
  ambiguousAccount: ({ account, plans }: { account: string; plans: readonly string[] }) => `"${account}" birden çok planın müşterisi (${listing(plans)}); satırları atlandı: planlara account.crmId yazın ya da --plan kullanın`,
  nothingChanged: 'hiçbir şey değişmedi: planlar bu dışa aktarımı zaten içeriyor',
  written: ({ count, added, updated }: { count: number; added: number; updated: number }) => `yazıldı: ${count} plan (${added} kişi eklendi, ${updated} kişi güncellendi)`,
  dryRun: 'hiçbir şey yazılmadı (--dry-run)',
} satisfies Catalog['import'];
