/// <reference types="node" />
/**
 * The story tests: every story in stories/ runs as a test in headless Chromium (Vitest browser mode
 * through Playwright, driving the system's Chromium: no browser is downloaded). A story fails when
 * it throws while rendering, when its `play` function fails, or when axe finds an accessibility
 * violation (`parameters.a11y.test = 'error'` in .storybook/preview.ts).
 *
 * The server rendering tests (test/ssr/): news-widgets/ssr in Node, and the demo's server-rendered
 * page read by the same Chromium through Playwright (they need `dist/`, which `npm test` builds).
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `node scripts/chromium.mjs` (it installs one on Debian) or set CHROME_PATH.');
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
      // Server rendering (news-widgets/ssr) in Node, and its pages in Chromium driven by Playwright.
      {
        extends: true,
        test: { name: 'ssr', environment: 'node', include: ['test/ssr/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
