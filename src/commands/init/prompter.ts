import { WriteStream } from 'node:tty';
import { currentLocale, messages } from '../../i18n/messages.js';
import { readYesNo } from './yes-no.js';
import { inquirerPrompts } from './inquirer-library.js';

/**
 * The few kinds of question `cro init` asks. The flow (ask.ts) depends on this interface
 * only, so it is tested with scripted answers; inquirer implements it on a terminal.
 */
export interface Prompter {
  text(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T extends string>(question: { message: string; choices: ReadonlyArray<{ name: string; value: T }>; default?: T }): Promise<T>;
  multiselect<T extends string>(question: { message: string; choices: ReadonlyArray<{ name: string; value: T; checked?: boolean }> }): Promise<T[]>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of text between questions (the intro, the summary). */
  say(text: string): void;
}

/**
 * Prompts with inquirer's prompt functions on the process's terminal, in the language in
 * use: the questions are the catalog's, and so are the key hints under a list and the
 * words a yes/no question takes. Ctrl-C rejects with inquirer's ExitPromptError. (The
 * legacy `inquirer` entry pulls in rxjs, half the bundle.)
 */
export async function inquirerPrompter(output: { write(text: string): unknown }): Promise<Prompter> {
  const { input, select, checkbox } = inquirerPrompts();
  const style = inquirerStyle();
  const theme = { style: { keysHelpTip: (keys: Array<[key: string, action: string]>) => keysHelpTip(keys, style) } };
  return {
    text: async ({ message, default: fallback, validate }) =>
      String((await input({ message, ...(fallback === undefined ? {} : { default: fallback }), validate: validate ?? (() => true) })) ?? '').trim(),
    select: ({ message, choices, default: fallback }) => select({ message, choices: [...choices], theme, ...(fallback === undefined ? {} : { default: fallback }) }),
    multiselect: ({ message, choices }) => checkbox({ message, choices: [...choices], theme }),
    // inquirer's confirm knows y and n only, and takes any other answer for the default
    // ("hayır" for yes): a text question that reads the language's words, and asks again.
    confirm: async ({ message, default: fallback = true }) => {
      const { common } = messages();
      const hint = style.dim(common.yesNoHint({ fallback }));
      const answer = await input({
        message,
        validate: (value) => (readYesNo(value, fallback) === undefined ? common.answerYesOrNo : true),
        transformer: (value, { isFinal }) => (isFinal ? style.cyan(capitalised(readYesNo(value, fallback) ? common.yes : common.no)) : `${hint} ${value}`),
      });
      return readYesNo(answer, fallback)!;
    },
    say: (text) => void output.write(`${text}\n`),
  };
}

/** The styles inquirer draws with, on the same terms: colours when its own test of the terminal says so. */
function inquirerStyle() {
  const colours = WriteStream.prototype.hasColors?.() ?? false;
  const code = (open: number, close: number) => (text: string) => (colours ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: code(1, 22), dim: code(2, 22), cyan: code(36, 39) };
}

/** The hint line under a list, as inquirer draws it (`↑↓ navigate • ⏎ select`), in the catalog's words. */
function keysHelpTip(keys: ReadonlyArray<[key: string, action: string]>, style: ReturnType<typeof inquirerStyle>): string {
  const words = messages().init.keys;
  const word = (text: string) => (Object.hasOwn(words, text) ? words[text as keyof typeof words] : text);
  return keys.map(([key, action]) => `${style.bold(word(key))} ${style.dim(word(action))}`).join(style.dim(' • '));
}

/** "yes" → "Yes", as inquirer shows the answer, with the language's casing ("ılık" → "Ilık", "iyi" → "İyi"). */
function capitalised(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase(currentLocale()));
}
