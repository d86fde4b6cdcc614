// The other eras' houses and what changed in each, fetched when a visitor first asks for an era. Data alone: this
// chunk imports no code, so the bundler splits nothing of the first load out to share with it (doing so cost the
// first load 2 KB gzip in separate small chunks).
export { default } from 'virtual:era-houses';
