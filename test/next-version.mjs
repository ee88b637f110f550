// A later release of the script-tag bundle, for the registry tests (test/registries.test.ts), served
// beside the built one: /versions/next/news-widgets.js is dist/news-widgets.js with one change a
// reader can see, its English byline ("Written by Ada Quill" where the built bundle says "By Ada
// Quill"), so that a test can tell which version rendered an element. Its lazy chunks
// (/versions/next/chunks/…) are dist/'s.
import { readFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const PREFIX = '/versions/next/';

export function nextVersionPlugin() {
  return {
    name: 'next-version',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length);
      if (!/^(chunks\/)?[\w.-]+\.js$/.test(file)) return undefined;
      const body = await readFile(new URL(file, dist), 'utf8');
      if (file !== 'news-widgets.js') return { body, type: 'js' };
      const next = body.replace(/([`'"])By \{name\}\1/, '$1Written by {name}$1');
      if (next === body) throw new Error('The English byline "By {name}" is not in dist/news-widgets.js: update test/next-version.mjs.');
      return { body: next, type: 'js' };
    },
  };
}
