import type { Catalog } from '../en/index.js';

export const init = {} satisfies Catalog['init'];
