import { currentLocale, messages } from '../../i18n/messages.js';

/**
 * An answer to a yes/no question in the language in use: true, false, or undefined when
 * it is neither (the question is asked again). Empty is the default. The words are the
 * catalog's (`y`/`yes`/`n`/`no`; Turkish adds `e`/`evet`/`h`/`hayır`), in any case, cased
 * as the language cases them: "HAYIR" is "hayır" in Turkish, where I is the capital of ı.
 */
export function readYesNo(text: string, fallback: boolean): boolean | undefined {
  const answer = text.trim();
  if (answer === '') return fallback;
  const { yesWords, noWords } = messages().common;
  const forms = new Set([answer.toLocaleLowerCase(currentLocale()), answer.toLowerCase()]);
  if (yesWords.some((word) => forms.has(word))) return true;
  if (noWords.some((word) => forms.has(word))) return false;
  return undefined;
}
