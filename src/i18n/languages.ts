// The languages the tour speaks, apart from i18next so that code running before the app (boot.ts) can name them.
export const LANGUAGES = ['en', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const isLang = (s: unknown): s is Lang => (LANGUAGES as readonly unknown[]).includes(s);
