import type { Catalog } from '../en/index.js';
import { sayı } from './count.js';

export const check = {
  stylish: {
    severity: { error: 'hata', warning: 'uyarı' },
    coverageHead: { role: 'kritik rol', coveredBy: 'karşılayan', stance: 'tutum', backup: 'yedek' },
    nobody: 'kimse yok',
    notCovering: {
      left: ({ date }: { date: string }) => `${date} tarihinde ayrıldı`,
      newBuy: "Grup 2'de (yeni satın alma)",
      unknownStance: 'tutumu bilinmiyor',
    },
    backupLeft: ({ name, date }: { name: string; date: string }) => `${name} (${date} tarihinde ayrıldı)`,
    backupDetractor: ({ name }: { name: string }) => `${name} (muhalif)`,
    noBackup: 'yok',
    noProblems: ({ files }: { files: number }) => `${sayı(files)} dosyada sorun yok`,
    problems: ({ errors, warnings, files }: { errors: number; warnings: number; files: number }) =>
      `${sayı(files)} dosyada ${sayı(errors + warnings)} sorun (${sayı(errors)} hata, ${sayı(warnings)} uyarı)`,
  },
  markdown: {
    footer: ({ version, asOf }: { version: string; asOf: string }) => `cro ${version}, ${asOf} itibarıyla`,
    noPlansHeading: 'cro check: plan bulunamadı',
    noPlans: 'Plan bulunamadı; bir plan oluşturmak için `cro init` çalıştırın.',
    clean: ({ files }: { files: number }) => `cro check: ${sayı(files)} dosyada sorun yok`,
    verdict: ({ errors, warnings, affected, files }: { errors: number; warnings: number; affected: number; files: number }) => {
      const counts = [errors > 0 && `${sayı(errors)} hata`, warnings > 0 && `${sayı(warnings)} uyarı`].filter(Boolean).join(' ve ');
      return `cro check: ${sayı(files)} dosyanın ${sayı(affected)} tanesinde ${counts}`;
    },
    severity: { error: 'hata', warning: 'uyarı' },
    head: { line: 'Satır', severity: 'Önem', rule: 'Kural', message: 'Mesaj' },
    cleanFiles: ({ count }: { count: number }) => `${sayı(count)} dosyada sorun yok.`,
    hiddenWarnings: ({ count }: { count: number }) => `${sayı(count)} uyarı gösterilmedi (\`--quiet\`).`,
  },
  github: {
    leftOut: ({ errors, warnings, limit }: { errors: number; warnings: number; limit: number }) => {
      const counts = [errors > 0 ? `${sayı(errors)} hata` : '', warnings > 0 ? `${sayı(warnings)} uyarı` : ''].filter(Boolean).join(' ve ');
      return (
        `${counts} daha not olarak gösterilmedi (GitHub her adımda her düzeyden en çok ${sayı(limit)} not gösterir); ` +
        'raporun tamamı iş özetinde (job summary); ya da `cro check` komutunu kendi bilgisayarınızda çalıştırın'
      );
    },
  },
  junit: {
    errors: ({ count, first }: { count: number; first: string }) => `${sayı(count)} hata; ilki: ${first}`,
    warning: ({ detail }: { detail: string }) => `uyarı: ${detail}`,
    at: ({ path }: { path: string }) => `konum: ${path}`,
    maxWarnings: ({ warnings, limit }: { warnings: number; limit: number }) => `${sayı(warnings)} uyarı, --max-warnings ${sayı(limit)} sınırını aşıyor`,
  },
  sarif: {
    failing: 'Sorunlu örnek:',
    passing: 'Sorunsuz örnek:',
  },
  progress: ({ done, total }: { done: string; total: string }) => `${done}/${total} dosya denetleniyor`,
} satisfies Catalog['check'];
