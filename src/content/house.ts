// The house as the browser gets it: validated and resolved at build time (see vite.config.ts), shipped as plain
// data, so the page carries no schema library.
import house from 'virtual:house';

export { house };
