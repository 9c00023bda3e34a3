import type { Catalog } from '../en/index.js';

export const cli = {} satisfies Catalog['cli'];
