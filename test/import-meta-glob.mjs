// Vite's `import.meta.glob` for the test runner's dev server, which does not bundle: a call with
// literal patterns of files in the module's own folder (`./*.ts`, `?` and `*`, and `!` to exclude)
// becomes an object of lazy imports, `{ './fr.ts': () => import('./fr.ts'), … }`, as Vite makes it.
// src/i18n/index.ts finds its language files this way.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CALL = /import\.meta\.glob(?:<[^>]*>)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*\)/g;

function toRegExp(pattern) {
  if (!pattern.startsWith('./') || pattern.slice(2).includes('/')) {
    throw new Error(`import.meta.glob in the test runner takes files of the module's own folder (./…); got ${pattern}`);
  }
  const source = pattern
    .slice(2)
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

export function importMetaGlobPlugin({ rootDir = process.cwd() } = {}) {
  return {
    name: 'import-meta-glob',
    transform(context) {
      if (!context.response.is('js') || typeof context.body !== 'string' || !context.body.includes('import.meta.glob')) return;
      const folder = dirname(join(rootDir, decodeURIComponent(context.path)));
      const body = context.body.replace(CALL, (_, literal) => {
        const patterns = [].concat(JSON.parse(literal.replace(/'/g, '"')));
        const include = patterns.filter((p) => !p.startsWith('!')).map(toRegExp);
        const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => toRegExp(p.slice(1)));
        const files = readdirSync(folder)
          .filter((file) => include.some((re) => re.test(file)) && !exclude.some((re) => re.test(file)))
          .sort();
        return `({ ${files.map((file) => `${JSON.stringify(`./${file}`)}: () => import(${JSON.stringify(`./${file}`)})`).join(', ')} })`;
      });
      return { body };
    },
  };
}
