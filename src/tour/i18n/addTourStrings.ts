// The tours' strings join the interface's own when the tours' code loads: the page's first load does not carry them.
import { i18n } from '../../i18n';
import { tourEn } from './en';
import { tourEs } from './es';

export function addTourStrings(): void {
  i18n.addResourceBundle('en', 'translation', tourEn, true, false);
  i18n.addResourceBundle('es', 'translation', tourEs, true, false);
}
