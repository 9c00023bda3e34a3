import { planJsonSchema } from '../../plan/json-schema.js';
import { emit, refuseOutputOverInput, type CommandIO } from '../io.js';

export async function runSchema(flags: { output?: string }, io: CommandIO): Promise<number> {
  refuseOutputOverInput(flags.output, io, []);
  await emit(`${JSON.stringify(planJsonSchema(), null, 2)}\n`, flags.output, io);
  return 0;
}
