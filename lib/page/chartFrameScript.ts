/**
 * The content script of chart embeds' frames: once the chart has drawn, read what describes it
 * and hand it to the background. It runs only inside a frame (never as a page of its own),
 * sends nothing when the chart has no text, and listens to nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messages';
import { readChart } from './chartFrame';

/** Charts draw with script after load: give them this long. */
const DRAW_WAIT_MS = 1500;

export async function runChartFrame(ctx: ContentScriptContext, win: Window = window): Promise<void> {
  if (win.top === win) return;
  await new Promise<void>((resolve) => {
    const later = () => ctx.setTimeout(resolve, DRAW_WAIT_MS);
    if (win.document.readyState === 'complete') later();
    else ctx.addEventListener(win, 'load', later, { once: true });
  });
  const text = readChart(win.document);
  if (text) await sendMessage('checkChartFrame', { url: win.location.href, text }).catch(() => undefined);
}
