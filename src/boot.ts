// The one script the page names (index.html): the styles, which belong to the first paint and so are linked from
// the page itself rather than fetched with the app, and the page's start (src/startup/startPage.ts), which fetches
// the app once the first paint is on screen.
import './styles.css';
import { startPage } from './startup/startPage';

startPage(() => void import('./main'));
