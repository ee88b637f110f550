import { defineConfig, type Plugin } from 'vite';

/**
 * Two library builds into dist/:
 * - default mode: dist/news-widgets.js, the self-registering script-tag bundle with Lit inside
 *   (DOMPurify stays a separate chunk, fetched only by browsers without the Sanitizer API);
 * - `--mode modules`: one ES module per package entry, Lit and DOMPurify left to the user's bundler.
 * Legacy decorators come from tsconfig.json (experimentalDecorators), which Vite's transform reads.
 */
const entries = {
  index: 'src/index.ts',
  article: 'src/article.ts',
  'article-card': 'src/article-card.ts',
  'author-bio': 'src/author-bio.ts',
  'tag-list': 'src/tag-list.ts',
  'related-articles': 'src/related-articles.ts',
};

/**
 * Lit's `css` templates reach the bundle as written, indentation and comments included (no CSS
 * minifier sees them). This strips comments and the whitespace around `{`, `}` and `;`, where CSS
 * ignores it; it leaves everything else, selectors' descendant spaces and `${…}` parts included.
 * Written here because the plugins that did this for Lit are unmaintained and it is ten lines.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'news-widgets:minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};])\s*/g, '$1')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const modules = mode === 'modules';
  return {
    plugins: [minifyCssTemplates()],
    build: {
      target: 'es2022',
      emptyOutDir: !modules,
      sourcemap: true,
      lib: modules
        ? { entry: entries, formats: ['es'] }
        : { entry: { 'news-widgets': 'src/define.ts' }, formats: ['es'] },
      rolldownOptions: {
        external: modules ? [/^lit(\/|$)/, /^@lit\//, /^dompurify$/] : [],
        output: {
          // Vite 8's library mode keeps whitespace with `minify: true` alone.
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: modules ? 'shared/[name]-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
