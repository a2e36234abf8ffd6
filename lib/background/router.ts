/**
 * Registers the background's message handlers, each behind the sender check its message
 * requires (lib/messages.ts SENDERS): content-script messages only from web-page tabs,
 * store and settings messages only from the extension's own pages.
 */
import { browser } from 'wxt/browser';
import { onMessage, SENDERS, type MessageName, type ProtocolMap } from '../messages';
import { CHART_FRAME_MATCHES } from '../page/chartFrame';

const CHART_HOSTS = new Set(CHART_FRAME_MATCHES.map((m) => m.replace(/^\*:\/\//, '').replace(/\/\*$/, '')));
function isChartHost(url: string): boolean {
  try {
    return CHART_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; title?: string };
  frameId?: number;
}

export type Handlers = {
  [K in MessageName]?: (data: Parameters<ProtocolMap[K]>[0], sender: Sender) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;
};

export function senderAllowed(name: MessageName, sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const fromExtensionPage = (sender.url ?? '').startsWith(extensionOrigin);
  switch (SENDERS[name]) {
    case 'tab':
      return sender.tab?.id !== undefined && !fromExtensionPage && sender.frameId === 0;
    case 'frame':
      return sender.tab?.id !== undefined && !fromExtensionPage && (sender.frameId ?? 0) !== 0 && isChartHost(sender.url ?? '');
    case 'extension':
      return fromExtensionPage;
    default:
      return false;
  }
}

export function registerHandlers(handlers: Handlers): () => void {
  const origin = `${new URL(browser.runtime.getURL('/popup.html')).origin}/`;
  const removers = (Object.keys(handlers) as MessageName[]).map((name) =>
    onMessage(name, async (message) => {
      const sender = message.sender as Sender;
      if (!senderAllowed(name, sender, browser.runtime.id, origin)) {
        throw new Error(`Footnote: ${name} is not accepted from this sender`);
      }
      const handler = handlers[name] as (data: unknown, sender: Sender) => unknown;
      return handler(message.data, sender) as never;
    }),
  );
  return () => removers.forEach((remove) => remove());
}
