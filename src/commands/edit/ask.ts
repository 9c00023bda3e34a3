import { inquirerPrompter, type Prompter } from '../init/prompter.js';
import type { CommandIO } from '../io.js';
import { messages } from '../../i18n/messages.js';

/*
 * On a terminal, what an edit command lacks is asked for, with the plan's own people,
 * milestones or plans to choose from; answers are validated as the arguments are.
 * Without a terminal nothing is asked (see complete() in command.ts).
 */

export interface Missing {
  /** The argument's name in the values. */
  name: string;
  /** As shown in the usage line: plan, person, milestone, … */
  label: string;
  /** As a question says it, when it differs from the usage line's word. */
  noun?: string;
  /** The whole question, when it is not "Which <noun>?". */
  question?: string;
  example: string;
  kind: 'text' | 'select' | 'multi';
  choices?: () => Array<{ name: string; value: string }>;
  validate?: (text: string) => true | string;
}

/** Tests script the prompts; the terminal gets inquirer's. */
let prompterFactory: ((io: CommandIO) => Promise<Prompter>) | undefined;

export function usePrompter(factory: ((io: CommandIO) => Promise<Prompter>) | undefined): void {
  prompterFactory = factory;
}

export async function askMissing(io: CommandIO, wanted: readonly Missing[]): Promise<Record<string, unknown>> {
  const prompter = await (prompterFactory ?? ((cio: CommandIO) => inquirerPrompter(cio.stdout)))(io);
  const t = messages().edit.ask;
  const answers: Record<string, unknown> = {};
  for (const missing of wanted) {
    const what = missing.noun ?? missing.label;
    const choices = missing.choices?.() ?? [];
    if (missing.kind === 'select' && choices.length > 0) {
      answers[missing.name] = await prompter.select({ message: missing.question ?? t.choose({ what }), choices });
    } else if (missing.kind === 'multi' && choices.length > 0) {
      let picked: string[] = [];
      while (picked.length === 0) picked = await prompter.multiselect({ message: t.chooseSome({ what }), choices });
      answers[missing.name] = picked;
    } else {
      const validate = (text: string) => (text.trim() === '' ? t.required({ what }) : (missing.validate?.(text.trim()) ?? true));
      const text = await prompter.text({ message: t.type({ what, example: missing.example }), validate });
      answers[missing.name] = missing.kind === 'multi' ? [text.trim()] : text.trim();
    }
  }
  return answers;
}
