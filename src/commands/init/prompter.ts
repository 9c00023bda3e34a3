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
 * Prompts with inquirer's prompt functions on the process's terminal. Ctrl-C rejects with
 * inquirer's ExitPromptError. (The legacy `inquirer` entry pulls in rxjs, half the bundle.)
 */
export async function inquirerPrompter(output: { write(text: string): unknown }): Promise<Prompter> {
  const { input, select, checkbox, confirm } = await import('@inquirer/prompts');
  return {
    text: async ({ message, default: fallback, validate }) =>
      String((await input({ message, ...(fallback === undefined ? {} : { default: fallback }), validate: validate ?? (() => true) })) ?? '').trim(),
    select: ({ message, choices, default: fallback }) => select({ message, choices: [...choices], ...(fallback === undefined ? {} : { default: fallback }) }),
    multiselect: ({ message, choices }) => checkbox({ message, choices: [...choices] }),
    confirm: ({ message, default: fallback }) => confirm({ message, ...(fallback === undefined ? {} : { default: fallback }) }),
    say: (text) => void output.write(`${text}\n`),
  };
}
