import { existsSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplates as minifyCss } from './scripts/minify-css-templates.mjs';
import { defineConfig, type Plugin, type Rolldown } from 'vite';

/**
 * Three library builds into dist/:
 * - default mode: dist/news-widgets.js, the self-registering script-tag bundle with Lit inside
 *   (DOMPurify stays a separate chunk, fetched only by browsers without the Sanitizer API);
 * - `--mode modules`: one ES module per package entry, Lit and DOMPurify left to the user's bundler;
 *   among them `ssr` (news-widgets/ssr, for Node: @lit-labs/ssr and Node's modules stay outside)
 *   and `hydrate` (news-widgets/hydrate, with @lit-labs/ssr-client outside);
 * - `--mode hydrate`: dist/news-widgets-ssr.js, the script-tag bundle for pages rendered by
 *   news-widgets/ssr: news-widgets.js with Lit's hydration support.
 * The lazy chunks (DOMPurify, languages, adapters, the failure path, JSON-LD) import nothing from
 * their bundle, so both bundles name each one alike in dist/chunks/ and share it; the modules
 * import the same files (see `lazyChunksOnce`). The package holds each lazy part once.
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

const LAZY_CHUNKS_RECORD = '.vite/lazy-chunks.json';
const ROOT = fileURLToPath(new URL('.', import.meta.url));

interface LazyChunk {
  module: string;
  file: string;
  modules: string[];
  exports: string[];
}

/**
 * One copy of each lazy chunk in the package. The default build records its lazy chunks (in
 * dist/.vite/, outside the package). The hydrate build must name each of its own as that build did
 * (same content, same hashed name, one file in dist/chunks/): else it fails, rather than ship a
 * second copy. The modules build turns each of its lazy chunks made of the same modules, with the
 * same exports, into a re-export of the recorded file: its modules keep importing short, unhashed
 * names (`./shared/fr.js`), which the size budgets count, and a user's bundler follows the re-export.
 */
function lazyChunksOnce(mode: 'record' | 'same-names' | 'reexport'): Plugin {
  const name = (id: string) => relative(ROOT, id).split('\\').join('/');
  const describe = (chunk: Rolldown.OutputChunk): LazyChunk => ({
    module: name(chunk.facadeModuleId!),
    file: chunk.fileName,
    modules: chunk.moduleIds.map(name).sort(),
    exports: [...chunk.exports].sort(),
  });
  const record = join(ROOT, 'dist', LAZY_CHUNKS_RECORD);
  return {
    name: 'news-widgets:lazy-chunks-once',
    // The library's builds only: Storybook merges this config into its own app build.
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    generateBundle(_, bundle) {
      const lazy = Object.values(bundle).flatMap((chunk) =>
        chunk.type === 'chunk' && chunk.isDynamicEntry && chunk.facadeModuleId ? [chunk] : [],
      );
      if (mode === 'record') {
        this.emitFile({ type: 'asset', fileName: LAZY_CHUNKS_RECORD, source: JSON.stringify(lazy.map(describe), null, 2) });
        return;
      }
      if (!existsSync(record)) this.error(`dist/${LAZY_CHUNKS_RECORD} is missing: run \`vite build\` (news-widgets.js) first.`);
      const recorded = new Map((JSON.parse(readFileSync(record, 'utf8')) as LazyChunk[]).map((chunk) => [chunk.module, chunk]));
      for (const chunk of lazy) {
        const own = describe(chunk);
        const same = recorded.get(own.module);
        if (mode === 'same-names') {
          if (same?.file !== own.file) {
            this.error(`${own.file} differs from news-widgets.js's lazy chunk of ${own.module} (${same?.file ?? 'none'}): the package would hold both.`);
          }
          continue;
        }
        if (!same || same.modules.join() !== own.modules.join() || same.exports.join() !== own.exports.join()) continue;
        const path = posix.relative(posix.dirname(chunk.fileName), same.file);
        const target = JSON.stringify(path.startsWith('.') ? path : `./${path}`);
        chunk.code = `export*from${target};${chunk.exports.includes('default') ? `export{default}from${target};` : ''}\n`;
        // A re-export maps to nothing: no source map for it.
        chunk.map = null;
        if (chunk.sourcemapFileName) delete bundle[chunk.sourcemapFileName];
      }
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
    plugins: [minifyCssTemplates(), lazyChunksOnce(modules ? 'reexport' : hydrate ? 'same-names' : 'record')],
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
          // lifetime: a hash in the name makes a new version a new URL (six characters tell versions
          // apart; each import of a chunk carries them). The package's are named by the package's
          // version already, and a user's bundler renames them; each import of one (a language, an
          // adapter) would only carry the hash's bytes.
          chunkFileNames: modules ? 'shared/[name].js' : 'chunks/[name]-[hash:6].js',
        },
      },
    },
  };
});
