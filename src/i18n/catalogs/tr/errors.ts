import type { Catalog } from '../en/index.js';
import { sayı } from './count.js';

/** What a value of the config is, in the words of a person editing YAML (zod's names for them are the keys). */
const KINDS: Record<string, string> = {
  string: 'metin',
  number: 'sayı',
  int: 'tam sayı',
  boolean: 'true ya da false',
  array: 'liste',
  object: 'anahtar: değer eşlemesi',
  record: 'anahtar: değer eşlemesi',
  null: 'boş değer',
  undefined: 'boş değer',
  nan: 'sayı olmayan değer',
};
const kind = (name: string) => KINDS[name] ?? name;

export const errors = {
  didYouMean: ({ suggestion }: { suggestion: string }) => ` (şunu mu demek istediniz: "${suggestion}"?)`,
  unknownError: 'bilinmeyen hata',
  asOfNotDate: ({ value }: { value: string }) => `--as-of ${value}: geçerli bir tarih değil; YYYY-AA-GG biçiminde yazın, ör. --as-of 2026-11-27`,
  wholeNumber: ({ flag, value, min, also }: { flag: string; value: string; min: number; also: string | undefined }) =>
    `${flag} ${value}: ${min > 0 ? `en az ${min} olan` : '0 ya da daha büyük'} bir tam sayı yazın${also ? `, ya da ${also}` : ''}`,
  noLimit: '-1 (sınır yok)',
  unknownFormat: ({ format, suggestion, formats }: { format: string; suggestion: string; formats: string }) =>
    `--format ${format}: bilinmeyen biçim${suggestion}; şunlardan birini kullanın: ${formats}`,
  currentFolder: 'bu klasör',
  configPlans: ({ plans, inFile }: { plans: string; inFile: boolean }) => `${plans} (${inFile ? 'cro.config.yaml' : 'yapılandırma'} içindeki plans)`,
  noPlansFound: ({ where }: { where: string }) => `hiç plan bulunamadı: ${where}; bir plan oluşturmak için \`cro init\` çalıştırın`,
  noPlansChosen: ({ where, choice, found }: { where: string; choice: string; found: number }) => `bulunan ${found === 1 ? 'plan' : `${sayı(found)} planın hiçbiri`} ${choice} seçimine uymuyor (aranan yer: ${where}); adı denetleyin ya da bu seçeneği kaldırın`,
  noPlansChanged: ({ ref }: { ref: string }) => `${ref} revizyonundan bu yana değişen plan yok`,
  tooManyWarnings: ({ warnings, max }: { warnings: string; max: string }) => `${warnings} uyarı var, --max-warnings ${max} sınırını aşıyor`,
  cacheFile: ({ file }: { file: string }) => `--cache: önbellek dosyası ${file}`,
  cacheUnreadable: ({ file, code }: { file: string; code: string }) =>
    `${file}: dosya okunamıyor (${code}); cro önbelleği olup olmadığı anlaşılamadığından üzerine yazılmıyor; başka bir dosya adı verin`,
  notACache: ({ file }: { file: string }) => `${file}: bu dosya bir cro önbelleği değil, üzerine yazılmıyor; önbellek için yeni bir dosya adı verin`,
  outputIs: ({ output, what }: { output: string; what: string }) => `--output ${output}: bu dosya ${what}; raporu başka bir dosyaya yazın`,
  outputWhat: {
    cache: 'bu çalıştırmanın önbellek dosyası (--cache-location)',
    config: 'yapılandırma dosyası',
    planBeingRead: 'okunan planlardan biri',
    plan: 'bir müşteri planı',
    croConfig: 'bir cro yapılandırma dosyası',
  },
  cannotWriteStdout: ({ reason }: { reason: string }) => `standart çıktıya yazılamıyor: ${reason}`,
  stdout: {
    ENOSPC: 'disk dolu (ENOSPC); çıktı eksik kaldı',
    EFBIG: 'dosya boyutu sınırına ulaşıldı (EFBIG, bkz. ulimit -f); çıktı eksik kaldı',
    EDQUOT: 'disk kotası doldu (EDQUOT); çıktı eksik kaldı',
    other: ({ code }: { code: string }) => `${code}; çıktı eksik kaldı`,
    writeError: 'yazma hatası',
  },

  config: {
    noFile: '(yapılandırma dosyası yok)',
    notAFile: ({ file }: { file: string }) => `${file}: yapılandırma bir dosya değil`,
    notFound: ({ file }: { file: string }) => `yapılandırma dosyası bulunamadı: ${file}`,
    unreadable: ({ file, code }: { file: string; code: string }) => `yapılandırma dosyası okunamıyor: ${file}: ${code}`,
    unknownKey: ({ key, hint }: { key: string; hint: string }) => `bilinmeyen yapılandırma anahtarı "${key}"${hint}`,
    unknownKeyIn: ({ key, path, hint }: { key: string; path: string; hint: string }) => `${path} içinde bilinmeyen anahtar "${key}"${hint}`,
    lang: 'en veya tr yazın',
    ruleSetting: 'off, warn ya da error yazın, ya da [warn, { days: 60 }] gibi bir liste',
    invalidType: ({ expected, received }: { expected: string; received: string }) => `burada ${kind(expected)} olmalı (yazılan: ${kind(received)})`,
    invalidOption: ({ values }: { values: readonly string[] }) => `şunlardan biri olmalı: ${values.join(', ')}`,
    tooSmall: ({ origin, minimum }: { origin: string; minimum: string }) =>
      origin === 'string' ? (minimum === '1' ? 'boş olamaz' : `en az ${minimum} karakter olmalı`) : origin === 'array' ? (minimum === '1' ? 'boş liste olamaz; en az bir değer yazın' : `en az ${minimum} değer olmalı`) : `en az ${minimum} olmalı`,
    tooBig: ({ origin, maximum }: { origin: string; maximum: string }) =>
      origin === 'string' ? `en fazla ${maximum} karakter olmalı` : origin === 'array' ? `en fazla ${maximum} değer olmalı` : `en fazla ${maximum} olmalı`,
    invalid: 'geçersiz değer',
  },

  files: {
    noSuchPath: ({ path }: { path: string }) => `${path}: böyle bir dosya ya da klasör yok`,
    linkLoop: ({ path }: { path: string }) => `${path}: sembolik bağlantı döngüsü; gerçek bir dosyayı ya da klasörü göstermesini sağlayın`,
    read: {
      folderChanged: 'bu klasördeki dosyalar listelenemedi, bu yüzden planları denetlenmedi; yeniden çalıştırın',
      notRegular: 'normal bir dosya değil; plan bir .yaml dosyasıdır',
      folderPermission: 'bu klasör okunamıyor: erişim izni yok, bu yüzden planları denetlenmedi; izinlerini kontrol edin',
      folderNameTooLong: 'bu klasör okunamıyor: yolu sistemin izin verdiğinden uzun (ENAMETOOLONG), bu yüzden planları denetlenmedi; planları daha üst düzeydeki bir klasöre taşıyın',
      folderOther: ({ code }: { code: string }) => `bu klasör okunamıyor (${code}), bu yüzden planları denetlenmedi`,
      permission: 'dosya okunamıyor: erişim izni yok; izinlerini kontrol edin',
      linkLoop: 'dosya okunamıyor: sembolik bağlantı döngüsü',
      gone: 'dosya okunamıyor: artık yok (ya da hedefi olmayan bir sembolik bağlantı)',
      isFolder: 'okunamıyor: bu bir klasör',
      nameTooLong: 'dosya okunamıyor: yolu sistemin izin verdiğinden uzun (ENAMETOOLONG); daha üst düzeydeki bir klasöre taşıyın',
      other: ({ code }: { code: string }) => `dosya okunamıyor (${code})`,
    },
    write: {
      exists: ({ file }: { file: string }) => `${file} zaten var`,
      isFolder: 'bu bir klasör; yazılacak bir dosya adı verin',
      danglingLink: 'var olmayan bir dosyayı gösteren sembolik bağlantı; bir dosyayı göstermesini sağlayın ya da kaldırın',
      readOnly: 'salt okunur; değiştirmek için yazılabilir yapın (chmod u+w)',
      notRegular: 'normal bir dosya değil (aygıt, FIFO ya da soket); bir dosya adı verin',
      ENOENT: ({ folder }: { folder: string }) => `dosya yazılamıyor: ${folder} klasörü yok; önce oluşturun`,
      ENOTDIR: 'dosya yazılamıyor: yolunun bir parçası klasör değil, dosya (ENOTDIR)',
      EACCES: ({ code }: { code: string }) => `dosya yazılamıyor: erişim izni yok (${code})`,
      ENOSPC: 'dosya yazılamıyor: disk dolu (ENOSPC); hiçbir şey değişmedi',
      EDQUOT: 'dosya yazılamıyor: disk kotası doldu (EDQUOT); hiçbir şey değişmedi',
      EFBIG: 'dosya yazılamıyor: dosya boyutu sınırını aşıyor (EFBIG, bkz. ulimit -f); hiçbir şey değişmedi',
      EROFS: 'dosya yazılamıyor: dosya sistemi salt okunur (EROFS)',
      ELOOP: 'dosya yazılamıyor: yolu bir sembolik bağlantı döngüsü (ELOOP)',
      ENXIO: 'dosya yazılamıyor: okuyan taraf yok (ENXIO)',
      EPIPE: 'dosya yazılamıyor: okuyan taraf kapandı (EPIPE)',
      other: ({ code }: { code: string }) => `dosya yazılamıyor (${code})`,
    },
    gitMissing: '--changed-since için git gerekir, ama git kurulu değil',
    notARepository: ({ ref, folder }: { ref: string; folder: string }) => `--changed-since ${ref}: ${folder} bir git deposunun içinde değil`,
    gitCannotCompare: ({ ref, reason }: { ref: string; reason: string }) => `--changed-since ${ref}: git bu revizyonla karşılaştıramıyor (${reason})`,
    notARevision: ({ ref }: { ref: string }) => `--changed-since ${ref}: bir git revizyonu değil`,
    unknownRevision: ({ ref }: { ref: string }) =>
      `--changed-since ${ref}: git bu revizyonu tanımıyor; adını kontrol edin. Sığ bir klonda (GitHub actions/checkout ` +
      'adımının varsayılanı) gereken geçmişi de çekin, ör. fetch-depth: 0',
  },

  numbers: {
    notNumber: ({ text, example }: { text: string; example: string }) => `"${text}" bir sayı değil; yalnızca rakam yazın, ör. ${example}`,
    orPercent: ({ fraction, percent }: { fraction: string; percent: string }) => `${fraction} (ya da %${percent})`,
    thousands: ({ without }: { without: string }) => `sayıyı binlik ayırıcı olmadan yazın, ör. ${without}`,
    tooLarge: ({ text }: { text: string }) => `"${text}" çok büyük`,
    tooSmall: ({ text }: { text: string }) => `"${text}" 0'dan ayırt edilemeyecek kadar küçük; hiç yoksa 0 yazın`,
    dotThousands: ({ text, without, decimal }: { text: string; without: string; decimal: string }) =>
      `"${text}" hem ${without} hem ${decimal} olarak okunabilir; tutarı binlik ayırıcı olmadan yazın, ör. ${without}`,
    percentForMoney: 'tutar bir yüzde değildir; tutarı yazın, ör. 9500',
    meantFraction: ({ fraction }: { fraction: string }) => `şunu mu demek istediniz: ${fraction}?`,
  },
  economicsRange: {
    money: 'tutar eksi olamaz',
    grossMargin: "brüt kâr marjı 0'dan büyük, en fazla 1 olan bir orandır, ör. 0.78 (ya da %78)",
    monthlyExpansion: "aylık genişleme -1'den büyük olmalı, ör. 0.01 (ya da %1); eksi değer gelir kaybıdır",
    monthlyChurn: 'aylık kayıp oranı 0 ile 1 arasında (1 hariç) bir orandır, ör. 0.01 (ya da %1)',
    discountRate: 'iskonto oranı eksi olamaz, ör. 0.10 (ya da %10)',
  },
} satisfies Catalog['errors'];
