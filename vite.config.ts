import { defineConfig } from 'vite';

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

export default defineConfig(({ mode }) => {
  const modules = mode === 'modules';
  return {
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
