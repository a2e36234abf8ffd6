import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are justified one by one in README.md ("Permissions").
const PAGES = ['http://*/*', 'https://*/*'];
const PAGE_SCRIPTS = ['page-stub', 'page-main', 'chart'];
// Feeds are fetched only from origins the user subscribed to, asked for at subscribe time.
const FEED_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Scripts that run in web pages use the browser's own promise-based API, not the polyfill
    // (3 kB gzipped that every page would load); everything they call exists natively in both browsers.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => PAGE_SCRIPTS.includes(e.name))) return;
      config.resolve ??= {};
      config.resolve.alias = { ...(config.resolve.alias as Record<string, string>), 'wxt/browser': '@wxt-dev/browser' };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'en',
    // The page side: a small stub on every page, which imports the rest once the page has loaded.
    content_scripts: [{ matches: PAGES, js: ['page-stub.js'], run_at: 'document_idle' }],
    ...(browser === 'firefox'
      ? // Firefox injects content scripts into tabs already open at install by itself.
        { permissions: ['storage', 'alarms'], web_accessible_resources: ['page-main.js'], optional_permissions: FEED_ORIGINS }
      : {
          // `scripting` and these hosts (the same pages the content script already runs on, so no
          // new install warning) let Footnote read the tabs already open when it is installed.
          permissions: ['storage', 'alarms', 'scripting'],
          host_permissions: PAGES,
          web_accessible_resources: [{ resources: ['page-main.js'], matches: PAGES, use_dynamic_url: true }],
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'footnote@footnote.invalid',
              // CSS Custom Highlight API arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
