/** One Chromium with the built extension, and one page server, for the tests of a file. */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, waitForSeeded, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startServer, type PageServer } from '../../scripts/lib/server';

export interface Session {
  browser: ExtensionBrowser;
  server: PageServer;
}

export function useExtension(setup?: (s: Session) => Promise<void> | void): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startServer('tests/pages');
    session.browser = await launchBrowser();
    await setup?.(session);
    await waitForSeeded(session.browser);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
