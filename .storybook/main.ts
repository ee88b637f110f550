/// <reference types="node" />
import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { storyAssets } from './assets.js';

// The guides' images (docs/images/, made by scripts/screenshots.mjs), served where the guides'
// Storybook pages look for them (stories/guides/guide.ts). Storybook refuses a static directory
// that does not exist, so a clone without the images still builds, without them.
const images = new URL('../docs/images', import.meta.url);

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The README and the guides in docs/ (stories/guides/*.mdx) first, then every element's stories.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  staticDirs: existsSync(images) ? [{ from: '../docs/images', to: '/docs/images' }] : [],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook merges the root vite.config.ts into its own, so the elements compile the same way
  // (class fields as tsconfig.json says, never shadowing Lit's accessors) in the library build, in Storybook and in
  // the story tests. That config also builds the library (`build.lib`, output names, externals);
  // Storybook builds an app, so none of it may reach Storybook's build: builder-vite keeps only the
  // user's `build.target`, and `lib` is removed here should that ever change.
  async viteFinal(viteConfig) {
    if (viteConfig.build) delete viteConfig.build.lib;
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), storyAssets()],
      // Storybook's renderer imports `lit/directive-helpers.js`, which the dev server would otherwise
      // serve unbundled next to the pre-bundled `lit`: two copies of lit-html on one page.
      optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
    };
  },
};

export default config;
