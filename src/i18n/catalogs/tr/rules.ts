import type { Catalog } from '../en/index.js';

export const rules = {} satisfies Catalog['rules'];
