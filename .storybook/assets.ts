/// <reference types="node" />
/**
 * Files the stories need next to the preview page, without committing generated copies:
 * - `mockServiceWorker.js`, Mock Service Worker's worker script, from the installed `msw` (so it
 *   always matches the library's version);
 * - `media/<name>.svg`, the demo's illustrations, drawn by demo/data/media.mjs.
 * The dev server (Storybook's and the story tests') serves them; a static build writes them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { articles, authors } from '../demo/data/content.mjs';
import { isMediaName, renderSvg } from '../demo/data/media.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const WORKER = 'mockServiceWorker.js';
const MEDIA = /\/media\/([a-z0-9-]+)\.svg$/;

const workerScript = () => readFileSync(createRequire(import.meta.url).resolve(`msw/${WORKER}`), 'utf8');

/** Every illustration the stories can show: those of the demo's content, and those the stories name. */
function mediaNames(): Set<string> {
  const names = new Set<string>();
  const sources = [
    ...articles.flatMap((article) => [article.image?.src, article.bodyHtml]),
    ...authors.map((author) => (author as { avatar?: { src: string } }).avatar?.src),
    ...readdirSync(join(root, 'stories'), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(root, 'stories', entry.name), 'utf8')),
  ];
  for (const source of sources) {
    for (const match of (source ?? '').matchAll(/media(?:\/|\(')([a-z0-9-]+)(?:\.svg|'\))/g)) names.add(match[1]);
  }
  return names;
}

export function storyAssets(): Plugin {
  return {
    name: 'news-widgets:story-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const media = MEDIA.exec(path);
        if (path.endsWith(`/${WORKER}`)) {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(workerScript());
        } else if (media && isMediaName(media[1])) {
          response.setHeader('Content-Type', 'image/svg+xml');
          response.end(renderSvg(media[1]));
        } else {
          next();
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: WORKER, source: workerScript() });
      for (const name of mediaNames()) this.emitFile({ type: 'asset', fileName: `media/${name}.svg`, source: renderSvg(name) });
    },
  };
}
