import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadPageSide } from '../lib/page/stub';

// Declared as the content script in wxt.config.ts: the only code that runs before the page has loaded.
export default defineUnlistedScript(() => void loadPageSide());
