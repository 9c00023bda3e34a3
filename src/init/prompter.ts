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

/** Prompts with inquirer on the process's terminal. Ctrl-C rejects with inquirer's ExitPromptError. */
export async function inquirerPrompter(output: { write(text: string): unknown }): Promise<Prompter> {
  const { default: inquirer } = await import('inquirer');
  const prompt = inquirer.createPromptModule();
  // The legacy question API is typed per prompt kind; one name per call keeps it simple.
  const ask = async <T>(question: Record<string, unknown>): Promise<T> =>
    ((await prompt([{ ...question, name: 'answer' }] as never)) as { answer: T }).answer;
  return {
    text: ({ message, default: fallback, validate }) =>
      ask<string>({ type: 'input', message, default: fallback, validate: validate ?? (() => true) }).then((v) => String(v ?? '').trim()),
    select: ({ message, choices, default: fallback }) => ask({ type: 'select', message, choices, default: fallback }),
    multiselect: ({ message, choices }) => ask({ type: 'checkbox', message, choices }),
    confirm: ({ message, default: fallback }) => ask<boolean>({ type: 'confirm', message, default: fallback }),
    say: (text) => void output.write(`${text}\n`),
  };
}
