import type { Catalog } from '../en/index.js';

export const breakeven = {} satisfies Catalog['breakeven'];
