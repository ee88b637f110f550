// Size budgets (brotli, minified), checked by `npm run size` after `npm run build`; CI fails when one
// is exceeded. The budgets (docs/performance.md) are the sizes that hold every required feature. A new feature
// pays for itself elsewhere or goes into a lazy chunk.
import { readdirSync } from 'node:fs';
import { lazyImportsStayLazy } from './scripts/lazy-imports.mjs';

const chunks = readdirSync(new URL('./dist/chunks/', import.meta.url)).filter((file) => file.endsWith('.js'));
const chunk = (prefix) => {
  const file = chunks.find((name) => name.startsWith(`${prefix}-`));
  if (!file) throw new Error(`No dist/chunks/${prefix}-*.js: run npm run build first.`);
  return `dist/chunks/${file}`;
};
// Every language file but English (which is in the bundle), as src/i18n/index.ts finds them.
const languages = readdirSync(new URL('./src/i18n/', import.meta.url))
  .map((file) => /^([a-z]{2,3}(?:-[\w]+)?)\.ts$/i.exec(file)?.[1])
  .filter((tag) => tag && tag !== 'en');

export default [
  {
    name: 'script-tag bundle: all five elements, Lit, data layer, English, the HTML policy',
    path: 'dist/news-widgets.js',
    disablePlugins: ['@size-limit/esbuild'],
    limit: '23 kB',
  },
  {
    name: 'news-widgets/related-articles alone, with Lit',
    path: 'dist/related-articles.js',
    // Bundled as the ES module it is, as `npm run size:why` bundles it: as a classic script (esbuild's
    // default here), the bundle would also hold esbuild's CommonJS glue for the lazy imports (a
    // `require` shim, `__toESM`), about 0.2 kB that nothing calls and no partner downloads.
    modifyEsbuildConfig: (config) => ({ ...config, format: 'esm', plugins: [lazyImportsStayLazy] }),
    limit: '18 kB',
  },
  {
    name: 'news-widgets-ssr.js: the script-tag bundle with Lit\'s hydration support, for server-rendered pages',
    path: 'dist/news-widgets-ssr.js',
    disablePlugins: ['@size-limit/esbuild'],
    limit: '25 kB',
  },
  { name: 'lazy: DOMPurify, for browsers without the Sanitizer API', path: chunk('purify.es'), disablePlugins: ['@size-limit/esbuild'], limit: '11 kB' },
  { name: 'lazy: the JSON-LD builder, for an article with structured-data', path: chunk('structured-data'), disablePlugins: ['@size-limit/esbuild'], limit: '1 kB' },
  { name: 'lazy: the failure path of the client', path: chunk('failures'), disablePlugins: ['@size-limit/esbuild'], limit: '1.5 kB' },
  ...languages.map((tag) => ({ name: `lazy: language ${tag}`, path: chunk(tag), disablePlugins: ['@size-limit/esbuild'], limit: '1.5 kB' })),
  { name: 'lazy: shared code of the CMS adapters', path: chunk('cms'), disablePlugins: ['@size-limit/esbuild'], limit: '1.5 kB' },
  ...['wordpress', 'ghost', 'jsonfeed'].map((provider) => ({
    name: `lazy: ${provider} adapter`,
    path: chunk(provider),
    disablePlugins: ['@size-limit/esbuild'],
    limit: '1.5 kB',
  })),
];
