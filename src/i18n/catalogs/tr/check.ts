import type { Catalog } from '../en/index.js';

export const check = {} satisfies Catalog['check'];
