/// <reference types="node" />
/**
 * Tests in headless Chromium (Vitest browser mode through Playwright, driving the system's Chromium:
 * no browser is downloaded):
 * - the story tests: every story in stories/ runs as a test. A story fails when it throws while
 *   rendering, when its `play` function fails, or when axe finds an accessibility violation
 *   (`parameters.a11y.test = 'error'` in .storybook/preview.ts);
 * - the framework tests (test/frameworks/): the elements mounted from React 19 and Vue 3 against the
 *   test content server. They run here rather than in web-test-runner because React ships CommonJS,
 *   which Vite's dependency optimizer turns into modules and plain node-resolve does not.
 *
 * The server rendering tests (test/ssr/): news-widgets/ssr in Node, and the demo's server-rendered
 * page read by the same Chromium through Playwright (they need `dist/`, which `npm test` builds).
 *
 * The endpoint checks (test/check/), in Node: the JSON Schema of the content contract, and the
 * `news-widgets check` command.
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/browsers.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `node scripts/browsers.mjs` (it installs one on Debian) or set CHROME_PATH.');
}

const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs() } }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'stories', browser: browser() },
      },
      // Every story again for a reader of a right-to-left language in the dark scheme, so the
      // accessibility checks (contrast above all) cover the dark palette and the mirrored layout.
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { scheme: 'dark', lang: 'ar' } })],
        test: { name: 'stories: dark, ar', browser: browser() },
      },
      {
        extends: true,
        // Vue compiles the tests' templates in the browser: its full build has the compiler.
        resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-browser.js' }] },
        // Found up front, so the optimizer does not discover them mid-run and reload the page.
        optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', 'vue/dist/vue.esm-browser.js', 'axe-core'] },
        test: {
          name: 'frameworks',
          include: ['test/frameworks/**/*.test.{ts,tsx}'],
          // Starts the content server the tests load from (test/server.mjs) and hands them its origin.
          globalSetup: ['test/frameworks/global-setup.ts'],
          testTimeout: 10000,
          browser: browser(),
        },
      },
      // Server rendering (news-widgets/ssr) in Node, and its pages in Chromium driven by Playwright.
      {
        extends: true,
        test: { name: 'ssr', environment: 'node', include: ['test/ssr/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      // For the people who run an endpoint: contract.schema.json against the widgets' validator, and
      // `news-widgets check` (src/cli/) against real endpoints, in Node.
      {
        extends: true,
        test: { name: 'check', environment: 'node', include: ['test/check/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
