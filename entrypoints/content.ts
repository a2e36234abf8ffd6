import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFootnote } from '../lib/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => runFootnote(ctx),
});
