import type { Catalog } from '../en/index.js';

export const map = {} satisfies Catalog['map'];
