// Builds the benchmark pages' scripts with Vite in production mode (minified, React's production
// build) into bench/.build/, one entry per page. The library itself is not in them: the pages load
// the script-tag bundle from dist/, as a site owner's page does.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = path.join(ROOT, 'bench', 'pages');
export const BUILD_DIR = path.join(ROOT, 'bench', '.build');

/** Every page's script: `bench/pages/<name>.ts` and `bench/pages/cards/<contender>.ts(x)` (as `cards-<contender>`). */
async function entries() {
  const pages = await readdir(PAGES);
  const input = {};
  for (const file of pages) {
    const name = file.replace(/\.ts$/, '');
    if (file.endsWith('.ts') && pages.includes(`${name}.html`)) input[name] = path.join(PAGES, file);
  }
  for (const file of await readdir(path.join(PAGES, 'cards'))) {
    input[`cards-${file.replace(/\.tsx?$/, '')}`] = path.join(PAGES, 'cards', file);
  }
  return input;
}

export async function buildPages() {
  await build({
    configFile: false,
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: BUILD_DIR,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: await entries(),
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}
