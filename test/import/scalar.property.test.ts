import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlScalar } from '../../src/commands/init/templates/scalar.js';

/*
 * The names, titles and e-mails cro import writes plain (yamlScalar's quick path) read
 * back as the same text, in YAML 1.2 (the `yaml` package) and in YAML 1.1 (js-yaml, as
 * some editors read), in a block and in a flow list.
 */
describe('plain names, titles and e-mails (property)', () => {
  it('read back as themselves', () => {
    const letters = [...'abcçğıİöşüÇĞÖŞÜxyzAZ019 .\'@_-eEnNoOyY'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 14 }).map((cs) => cs.join('')), (value) => {
        const written = yamlScalar(value);
        expect(parse(`k: ${written}\n`).k).toBe(value);
        expect((load(`k: ${written}\n`) as { k: unknown }).k).toBe(value);
        const flow = yamlScalar(value, { flow: true });
        expect(parse(`k: [${flow}]\n`).k).toEqual([value]);
      }),
      { numRuns: 2000 },
    );
    for (const word of ['null', 'True', 'no', 'Yes', 'off', 'Null']) expect(parse(`k: ${yamlScalar(word)}\n`).k).toBe(word);
  });
});
