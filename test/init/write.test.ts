import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaReference } from '../../src/init/modeline.js';
import { FileExistsError, writeFileAtomic } from '../../src/init/write.js';
import { tempTree } from '../helpers/cli.js';

describe('writeFileAtomic', () => {
  it('creates the folder and the file, leaving no temporary file', () => {
    const dir = tempTree();
    writeFileAtomic(join(dir, 'a/b/plan.yaml'), 'cro: 1\n', { overwrite: false });
    expect(readFileSync(join(dir, 'a/b/plan.yaml'), 'utf8')).toBe('cro: 1\n');
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['plan.yaml']);
  });

  it('never replaces an existing file without overwrite', () => {
    const dir = tempTree({ 'plan.yaml': 'mine\n' });
    expect(() => writeFileAtomic(join(dir, 'plan.yaml'), 'new\n', { overwrite: false })).toThrow(FileExistsError);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('replaces it whole with overwrite', () => {
    const dir = tempTree({ 'plan.yaml': 'mine\n' });
    writeFileAtomic(join(dir, 'plan.yaml'), 'new\n', { overwrite: true });
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('refuses to replace a folder', () => {
    const dir = tempTree();
    mkdirSync(join(dir, 'plan.yaml'));
    expect(() => writeFileAtomic(join(dir, 'plan.yaml'), 'x', { overwrite: true })).toThrow(FileExistsError);
    expect(() => writeFileAtomic(join(dir, 'plan.yaml'), 'x', { overwrite: false })).toThrow(FileExistsError);
  });
});

describe('schemaReference (the modeline)', () => {
  it('points at the plans repository\'s schema, relative to the plan', () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: plans\n', 'schema/plan.schema.json': '{}' });
    expect(schemaReference(join(dir, 'plans'), '/opt/cro/schema/plan.schema.json')).toBe('../schema/plan.schema.json');
    expect(schemaReference(join(dir, 'plans/emea'), '/opt/cro/schema/plan.schema.json')).toBe('../../schema/plan.schema.json');
  });

  it('else at the packaged schema: relative when cro is installed in the project', () => {
    const dir = tempTree({ 'node_modules/cro/schema/plan.schema.json': '{}' });
    writeFileSync(join(dir, 'package.json'), '{}');
    expect(schemaReference(join(dir, 'plans'), join(dir, 'node_modules/cro/schema/plan.schema.json'))).toBe('../node_modules/cro/schema/plan.schema.json');
  });

  it('absolute for a global install', () => {
    const dir = tempTree();
    expect(schemaReference(join(dir, 'plans'), '/usr/lib/node_modules/cro/schema/plan.schema.json')).toBe('/usr/lib/node_modules/cro/schema/plan.schema.json');
  });
});
