import type { Catalog } from '../en/index.js';

export const errors = {} satisfies Catalog['errors'];
