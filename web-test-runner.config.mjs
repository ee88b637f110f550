import { esbuildPlugin } from '@web/dev-server-esbuild';
import { engineOfUserAgent, enginesWanted } from './scripts/browsers.mjs';
import { chromium, firefox, webkit } from './test/engines.mjs';
import { startFaultServer } from './test/fault-server.mjs';
import { startTestServer } from './test/server.mjs';
import { cspPagePlugin } from './test/csp/csp-page.mjs';
import { newsCommandsPlugin } from './test/commands.mjs';
import { importMetaGlobPlugin } from './test/import-meta-glob.mjs';
import { nextVersionPlugin } from './test/next-version.mjs';
import { supportPagesPlugin } from './test/support-pages.mjs';
import { partnerPagePlugin } from './test/partner-page.mjs';

// Chromium, Firefox ESR and WebKit, or those NEWS_BROWSERS names (scripts/browsers.mjs).
const launchers = { chromium, firefox, webkit };
const engines = enginesWanted();
const browsers = await Promise.all(engines.map((engine) => launchers[engine]()));

// Each engine has servers of its own, as if it ran alone: they count requests and keep switches
// (down, flaky) that one engine's run of a test must not find left by another's. The content
// endpoint runs on its own port, so every test request is a real cross-origin request; the
// misbehaving endpoint (test/fault-server.mjs), for the fault-tolerance tests, on a third origin.
const servers = new Map();
for (const engine of engines) servers.set(engine, { api: await startTestServer(), faults: await startFaultServer() });
/** The servers of the engine that sent a request (told by its User-Agent). */
const serversOf = (context) => servers.get(engineOfUserAgent(context.get('User-Agent'))) ?? servers.get(engines[0]);

export default {
  // test/frameworks/ runs in Vitest (vitest.config.ts): React ships CommonJS, which node-resolve cannot serve.
  // test/ssr/ runs in Node (Vitest's `ssr` project): server rendering has no browser to run in.
  // test/check/ runs in Node (Vitest's `check` project): the endpoint check is a Node command.
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/frameworks/**', '!test/ssr/**', '!test/check/**'],
  nodeResolve: true,
  concurrency: 2,
  // One engine after the other (Firefox and WebKit then run one test page at a time: test/engines.mjs):
  // on two cores, engines side by side would slow each other into timeouts.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // /csp/page.html: the elements under a strict Content-Security-Policy header (test/csp.test.ts).
    cspPagePlugin({ api: (context) => serversOf(context).api.origin }),
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'es2022' }),
    // Vite's import.meta.glob, which finds the language files (src/i18n/index.ts).
    importMetaGlobPlugin(),
    // Screenshots, forced colours and chunk sizes for the tests (test/commands.mjs).
    newsCommandsPlugin(),
    // /versions/next/news-widgets.js: a later release of the bundle, for test/registries.test.ts.
    nextVersionPlugin(),
    // /one-file/news-widgets.js (the bundle without its chunks) and a server-rendered article (test/support-pages.mjs).
    supportPagesPlugin(),
    // /__partner/index.html: the demo's partner page, its publisher's script held back (test/partner-page.test.ts).
    partnerPagePlugin(),
    {
      name: 'test-endpoint',
      serve(context) {
        if (context.path !== '/__test-env.json') return undefined;
        const { api, faults } = serversOf(context);
        return { body: JSON.stringify({ origin: api.origin, faultOrigin: faults.origin }), type: 'json' };
      },
    },
  ],
  browsers,
};
