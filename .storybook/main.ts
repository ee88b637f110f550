/// <reference types="node" />
import type { StorybookConfig } from '@storybook/web-components-vite';
import { storyAssets } from './assets.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
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
