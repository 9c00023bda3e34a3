/** The cli area of the English catalog (see ./index.ts for the conventions). */
export const cli = {};
