// The headset's own interface text in English, added to i18next when the XR code loads (addXrStrings.ts).
export const xrEn = {
  xrTourButtons: 'Controllers: A next stop · B previous stop · X play or pause',
};
export type XrStrings = typeof xrEn;
