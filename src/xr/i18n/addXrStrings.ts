// The headset's strings join the interface's own when the XR code loads: the page's first load does not carry them.
import { i18n } from '../../i18n';
import { xrEn } from './en';
import { xrEs } from './es';

export function addXrStrings(): void {
  i18n.addResourceBundle('en', 'translation', xrEn, true, false);
  i18n.addResourceBundle('es', 'translation', xrEs, true, false);
}
