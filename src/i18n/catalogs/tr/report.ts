import type { Catalog } from '../en/index.js';

export const report = {} satisfies Catalog['report'];
