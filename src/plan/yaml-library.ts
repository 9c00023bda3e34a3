import type * as Yaml from 'yaml';

/*
 * The `yaml` package is the reference parser: exact errors and positions. Most runs of
 * `cro check` never need it (valid plans and configs are read by the fast parser), so it
 * is loaded on demand; loading is asynchronous, so synchronous code that needs it throws
 * ReferenceParserNotLoaded and its caller loads it and tries again (withReferenceParser).
 */

let library: typeof Yaml | undefined;

export class ReferenceParserNotLoaded extends Error {
  override readonly name = 'ReferenceParserNotLoaded';
  constructor() {
    super('the yaml reference parser is not loaded yet');
  }
}

export async function loadReferenceParser(): Promise<typeof Yaml> {
  if (!library) {
    const loaded = (await import('yaml')) as typeof Yaml & { default?: typeof Yaml };
    // Bundled, the package's CommonJS build arrives as the namespace's default export.
    library = typeof loaded.LineCounter === 'function' ? loaded : loaded.default!;
  }
  return library;
}

export function referenceParser(): typeof Yaml {
  if (!library) throw new ReferenceParserNotLoaded();
  return library;
}

/** Runs `work`; if it needed the reference parser before it was loaded, loads it and runs `work` again. */
export async function withReferenceParser<T>(work: () => T): Promise<T> {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof ReferenceParserNotLoaded)) throw error;
    await loadReferenceParser();
    return work();
  }
}
