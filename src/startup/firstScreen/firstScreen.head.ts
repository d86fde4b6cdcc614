// Runs in the page's <head>, before the prerendered body is parsed (see firstScreen.ts).
import { hideFirstScreenIfElsewhere } from './firstScreen';

hideFirstScreenIfElsewhere();
