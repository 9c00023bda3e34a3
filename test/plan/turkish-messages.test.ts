import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_END, MESSAGE_START, markMessagesFrom, useLang } from '../../src/i18n/messages.js';
import type { Finding } from '../../src/plan/finding.js';
import { loadPlan } from '../../src/plan/load.js';
import { MAX_PLAN_BYTES, tooLargeMessage } from '../../src/plan/size-limit.js';

/*
 * The loader's findings in Turkish (SPEC §11): every `yaml-syntax` and `schema` message a
 * plan can get, from a table of broken plans. Each message is made of catalog messages
 * (CRO_I18N_MARK shows where they start and end) and, outside them, at most the place in
 * the plan it is about (data: a path such as `account.currency: `); and it is not the
 * English message. Rule ids, lines, columns and paths are the same in both languages.
 */

const MARKED = new RegExp(`${MESSAGE_START}[^${MESSAGE_START}${MESSAGE_END}]*${MESSAGE_END}`, 'g');

/** What is left of a message once every catalog message in it is taken out (innermost first). */
function outsideCatalog(message: string): string {
  let text = message;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(MARKED, '');
  }
  return text;
}

const unmarked = (text: string) => text.replaceAll(MESSAGE_START, '').replaceAll(MESSAGE_END, '');

function load(text: string | Uint8Array, lang: 'en' | 'tr', marked = false): Finding[] {
  markMessagesFrom(marked ? { CRO_I18N_MARK: '1' } : {});
  useLang(lang);
  try {
    const loaded = loadPlan(typeof text === 'string' ? new TextEncoder().encode(text) : text, { explicit: true });
    return loaded?.findings ?? [];
  } finally {
    markMessagesFrom({});
    useLang('en');
  }
}

afterEach(() => useLang('en'));

const plan = (rest: string) => `cro: 1\naccount:\n  name: Anadolu Lojistik\n${rest}`;
const person = (extra: string) => plan(`stakeholders:\n  - { id: ayse, name: Ayşe Yılmaz, group: renew${extra} }\n`);
const economics = (extra: string) => plan(`economics: { acquisitionCost: 1000, monthlyRevenue: 100${extra} }\n`);

const CASES: Array<[string, string | Uint8Array, RegExp]> = [
  ['an unknown key, with the key it is close to', plan('  segmnt: KOBİ\n'), /bilinmeyen anahtar "segmnt" \(şunu mu demek istediniz: "segment"\?\)/],
  ['a date in another format', plan('  customerSince: 2026/01/01\n'), /bir tarih değil; YYYY-AA-GG/],
  ['a date that is not on the calendar', plan('  customerSince: 2026-02-30\n'), /takvimde olmayan bir tarih/],
  ['negative money', economics(', onboardingCost: -5'), /negatif/],
  ['a margin written as a percentage', economics(', grossMargin: 78'), /0 ile 1 arasında bir oran olmalı; şunu mu demek istediniz: 0.78 \(%78\)\?/],
  ['an expansion rate below -1', economics(', monthlyExpansion: -2'), /-1'den büyük olmalı/],
  ['a churn of 1', economics(', monthlyChurn: 1'), /1'den küçük olmalı/],
  ['a negative discount rate', economics(', discountRate: -0.1'), /0 ya da daha büyük olmalı/],
  ['an id with capitals', plan('stakeholders:\n  - { id: Ayse, name: Ayşe Yılmaz, group: renew }\n'), /geçerli bir id değil/],
  ['a currency that is not ISO 4217', plan('  currency: usd\n'), /ISO 4217 para birimi kodu değil \(şunu mu demek istediniz: "USD"\?\)/],
  ['another format version', 'cro: 2\naccount: { name: Anadolu Lojistik }\n', /biçim sürümü desteklenmiyor/],
  ['an empty account name', 'cro: 1\naccount: { name: "" }\n', /boş; bir ad yazın/],
  ['a stakeholder without a group', plan('stakeholders:\n  - { id: ayse, name: Ayşe Yılmaz }\n'), /eksik; bu kişinin Grup 1'de \(renew\) mi/],
  ['a YAML timestamp', plan('  customerSince: !!timestamp 2026-01-01\n'), /metin olarak bir tarih \(YYYY-AA-GG\) bekleniyordu, ama bir YAML !!timestamp değeri yazılmış/],
  ['a number for a name', 'cro: 1\naccount: { name: 2024 }\n', /metin olmalı; tırnak içine alın \("2024"\)/],
  ['money written with a separator', economics(', onboardingCost: "9,500"'), /düz bir sayı olmalı/],
  ['an infinite amount', economics(', onboardingCost: .inf'), /sonlu bir sayı olmalı/],
  ['a list that is a number', plan('stakeholders: 5\n'), /bir liste bekleniyordu, ama 5 sayısı yazılmış/],
  ['a stance that is not one', person(', stance: champion'), /geçerli bir tutum değil; şunlardan birini kullanın/],
  ['two stakeholders with one id', plan('stakeholders:\n  - { id: ayse, name: Ayşe Yılmaz, group: renew }\n  - { id: ayse, name: Ayşe Kaya, group: renew }\n'), /zaten stakeholders\[0\] \(Ayşe Yılmaz\) kaydının id değeri/],
  ['a backup who is not in the plan', person(', backup: aysee'), /bu planda bir paydaşın id değeri değil/],
  ['a person who is their own backup', person(', backup: ayse'), /kendi yedeği olamaz/],
  ['a renewal before the start', 'cro: 1\naccount: { name: A, customerSince: 2026-02-01, renewalDate: 2025-02-01 }\n', /tarihinden sonra değil/],
  ['two revenue figures', economics(', annualRevenue: 1200'), /yalnızca birini yazın/],
  ['no revenue', plan('economics: { acquisitionCost: 1000 }\n'), /başabaş noktası hesaplanabilsin/],
  ['a tab for indentation', 'cro: 1\naccount:\n\tname: Anadolu Lojistik\n', /sekme \(tab\)/],
  ['a key written twice', 'cro: 1\ncro: 1\naccount: { name: A }\n', /iki kez geçiyor/],
  ['a second YAML document', 'cro: 1\naccount: { name: A }\n---\ncro: 1\n', /ikincisi başlıyor/],
  ['a flow collection left open', 'cro: 1\naccount: { name: A\n', /./],
  ['bytes that are not UTF-8', new Uint8Array([...new TextEncoder().encode('cro: 1\naccount: { name: '), 0xff, 0x7d, 0x0a]), /0xff baytı UTF-8 değil/],
  ['lists nested past the limit', `cro: 1\nx-deep: ${'['.repeat(70)}${']'.repeat(70)}\naccount: { name: A }\n`, /düzeyden daha derine iniyor; bir plan/],
  ['an alias that contains itself', 'cro: 1\naccount: { name: A }\nx-loop: &a [*a]\n', /./],
  ['aliases that expand too far', `cro: 1\naccount: { name: A }\nx-a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nx-b: [${Array(120).fill('*a').join(', ')}]\n`, /açılımdan fazla/],
  ['an empty file', '', /dosya boş/],
  ['YAML that is not a plan', 'title: notlar\n', /bu bir cro planı değil/],
];

describe('the loader, in Turkish', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    const english = load(text, 'en');
    const turkish = load(text, 'tr');
    const marked = load(text, 'tr', true);
    expect(turkish.length, english.map((f) => f.message).join('\n')).toBeGreaterThan(0);
    expect(turkish.map(({ rule, line, column, path }) => ({ rule, line, column, path }))).toEqual(
      english.map(({ rule, line, column, path }) => ({ rule, line, column, path })),
    );
    expect(turkish.map((f) => f.message).join('\n')).toMatch(expected);
    marked.forEach((finding, i) => {
      expect(unmarked(finding.message)).toBe(turkish[i]!.message);
      expect(turkish[i]!.message).not.toBe(english[i]!.message);
      // Outside the catalog's messages, only the place in the plan (data) may be written.
      expect(outsideCatalog(finding.message), finding.message).toMatch(/^(?:[\w.[\]-]+: )?$/);
    });
  });

  it('says a file is too large with the language\'s decimal separator', () => {
    useLang('tr');
    expect(tooLargeMessage(MAX_PLAN_BYTES + 1024)).toBe('dosya 1,001 MB; bir plan en fazla 1 MB olabilir — dosyayı bölün ya da plana ait olmayanları çıkarın');
    expect(tooLargeMessage(12.5 * 1024 * 1024, 'config')).toBe('dosya 12,5 MB; bir yapılandırma dosyası en fazla 1 MB olabilir — doğru dosya bu mu?');
    useLang('en');
    expect(tooLargeMessage(MAX_PLAN_BYTES + 1024)).toBe('the file is 1.001 MB; a plan may be at most 1 MB — split it or remove what is not a plan');
  });
});
