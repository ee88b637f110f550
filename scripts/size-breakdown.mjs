// What an entry's bytes are made of: `npm run size:why` (the partner entry) or
// `npm run size:why -- src/define.ts` (the script-tag bundle). The entry is bundled as size-limit
// bundles it (minified, dynamic imports left as separate chunks), and each module's share of the
// minified bytes is shown, with the same share of the whole file's brotli size. Shares of a
// compressed file are estimates (brotli finds repeats across modules), good for ranking, not for
// budgets: `npm run size` is the measure. The `css` templates are minified as the build minifies
// them. `npm run size:why -- bench/size-floor.ts` weighs the floor: Lit, the library's stylesheets
// and the least a related strip can do (see that file), for comparison with the partner entry.
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { lazyImportsStayLazy } from './lazy-imports.mjs';
import { minifyCssTemplates } from './minify-css-templates.mjs';

const entry = process.argv[2] ?? 'src/related-articles.ts';
const cssAsBuilt = {
  name: 'css-as-built',
  setup(build) {
    build.onLoad({ filter: /\/(src|bench)\/.*\.ts$/ }, async ({ path }) => ({ contents: minifyCssTemplates(await readFile(path, 'utf8'), path), loader: 'ts' }));
  },
};

const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  plugins: [lazyImportsStayLazy, cssAsBuilt],
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
});
const code = result.outputFiles[0].contents;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Lit's packages count as one line each; every file of ours as its own. */
const groupOf = (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input;
const groups = new Map();
for (const [input, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
  groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
}

console.log(`${entry}: ${code.length} bytes minified, ${(brotli / 1000).toFixed(2)} kB brotli\n`);
console.log('  minified   ~brotli  module');
for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  if (bytes === 0) continue;
  console.log(`${String(bytes).padStart(10)} ${((bytes / code.length) * brotli / 1000).toFixed(2).padStart(7)} kB  ${name}`);
}
