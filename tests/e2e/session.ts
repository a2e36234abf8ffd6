/** One Chromium with the built extension, and one page server, for the tests of a file. */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, waitForSeeded, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startServer, type PageServer, type Route } from '../../scripts/lib/server';

export interface Session {
  browser: ExtensionBrowser;
  server: PageServer;
}

export interface SessionOptions {
  /** Routes served before the static files (a chart host's pages, say). */
  routes?: Route[];
  /** Extra browser flags, once the server's address is known (e.g. --host-resolver-rules). */
  args?: (server: PageServer) => string[];
}

export function useExtension(setup?: (s: Session) => Promise<void> | void, opts: SessionOptions = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startServer('tests/pages', opts.routes);
    session.browser = await launchBrowser({ args: opts.args?.(session.server) });
    await setup?.(session);
    await waitForSeeded(session.browser);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
