import type { Catalog } from '../en/index.js';

export const plan = {} satisfies Catalog['plan'];
