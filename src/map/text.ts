// The map and report views import it from here; it lives with the other terminal helpers.
export { oneLine } from '../util/terminal-text.js';
