import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHART_FRAME_MATCHES } from '../lib/page/chartFrame';
import { runChartFrame } from '../lib/page/chartFrameScript';

export default defineContentScript({
  matches: CHART_FRAME_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => runChartFrame(ctx),
});
