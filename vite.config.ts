import { minifyCssTemplates as minifyCss } from './scripts/minify-css-templates.mjs';
import { defineConfig, type Plugin } from 'vite';

/**
 * Three library builds into dist/:
 * - default mode: dist/news-widgets.js, the self-registering script-tag bundle with Lit inside
 *   (DOMPurify stays a separate chunk, fetched only by browsers without the Sanitizer API);
 * - `--mode modules`: one ES module per package entry, Lit and DOMPurify left to the user's bundler;
 *   among them `ssr` (news-widgets/ssr, for Node: @lit-labs/ssr and Node's modules stay outside)
 *   and `hydrate` (news-widgets/hydrate, with @lit-labs/ssr-client outside);
 * - `--mode hydrate`: dist/news-widgets-ssr.js, the script-tag bundle for pages rendered by
 *   news-widgets/ssr: news-widgets.js with Lit's hydration support, its chunks in dist/ssr-chunks/.
 * Class fields compile as tsconfig.json says (useDefineForClassFields: false), which Vite's transform
 * reads: a field never shadows the reactive accessor Lit defines for a property of `static properties`.
 */
const entries = {
  index: 'src/index.ts',
  article: 'src/article.ts',
  'article-card': 'src/article-card.ts',
  'author-bio': 'src/author-bio.ts',
  'tag-list': 'src/tag-list.ts',
  'related-articles': 'src/related-articles.ts',
  hydrate: 'src/hydrate.ts',
  ssr: 'src/ssr.ts',
};

/** Lit's `css` templates minified at build time: see scripts/minify-css-templates.mjs. */
function minifyCssTemplates(): Plugin {
  return {
    name: 'news-widgets:minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCss(code, id), map: null };
    },
  };
}

/** What the package's modules import rather than contain (the user's bundler, or Node, resolves them). */
const EXTERNAL = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^dompurify$/, /^node:/];

/**
 * `news-widgets/hydrate` must load Lit's hydration support before Lit: it imports its elements from
 * the `index` module (a sibling in dist/), after the support, and both stay imports in that order.
 * Bundled into a chunk instead, the elements (and Lit) would be imported ahead of the support.
 */
function moduleExternals(id: string, importer: string | undefined): boolean {
  if (id === './index.js' && importer?.endsWith('/src/hydrate.ts')) return true;
  return EXTERNAL.some((pattern) => pattern.test(id));
}

export default defineConfig(({ mode }) => {
  const modules = mode === 'modules';
  const hydrate = mode === 'hydrate';
  return {
    plugins: [minifyCssTemplates()],
    build: {
      target: 'es2022',
      emptyOutDir: !modules && !hydrate,
      sourcemap: true,
      lib: modules
        ? { entry: entries, formats: ['es'] }
        : { entry: hydrate ? { 'news-widgets-ssr': 'src/hydrate.ts' } : { 'news-widgets': 'src/define.ts' }, formats: ['es'] },
      rolldownOptions: {
        external: modules ? moduleExternals : [],
        output: {
          // Vite 8's library mode keeps whitespace with `minify: true` alone.
          minify: true,
          // The annotations (`@__PURE__`) serve a bundler that tree-shakes the modules; not a script tag.
          comments: modules ? true : { annotation: false },
          entryFileNames: '[name].js',
          // The script tag's chunks are served from the page's own origin, often with a long cache
          // lifetime: a hash in the name makes a new version a new URL. The package's are named by
          // the package's version already, and a user's bundler renames them; each import of one
          // (a language, an adapter) would only carry the hash's bytes.
          chunkFileNames: modules ? 'shared/[name].js' : hydrate ? 'ssr-chunks/[name]-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
