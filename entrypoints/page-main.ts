import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runFootnote } from '../lib/page/controller';

// Imported by page-stub.js once the page has loaded and the browser is idle (see lib/page/stub.ts).
export default defineUnlistedScript(() => runFootnote(new ContentScriptContext('footnote-page')));
