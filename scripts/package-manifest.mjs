// Writes dist/custom-elements.json, the manifest the package ships (package.json's `customElements`),
// from custom-elements.json, which the analyzer writes from src/ for Storybook and the API reference
// (docs/api.md). The package has no src/: there an element's module is its own entry point
// (dist/article.js exports NewsArticle and registers <news-article>), and the base class, which no
// entry exports (its members are listed as each element's, inherited), points at its declaration
// file. Every path it names must be a file of the build: `npm run build` runs it last.
//
//   node scripts/package-manifest.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const SOURCE = new URL('custom-elements.json', root);
const TARGET = new URL('dist/custom-elements.json', root);

/** The package's file for a module of src/, as the analyzer names it (`src/….ts`, `/src/….js`). */
export function packagePath(sourcePath) {
  const path = sourcePath.replace(/^\//, '').replace(/\.js$/, '.ts');
  const element = /^src\/elements\/([\w-]+)\/news-\1\.ts$/.exec(path);
  if (element) return `dist/${element[1]}.js`;
  if (path === 'src/internal/news-element.ts') return 'dist/types/internal/news-element.d.ts';
  throw new Error(`${sourcePath}: no file in the package stands for this module; add it to scripts/package-manifest.mjs.`);
}

/** References to the package's own modules: a `module` without a `package`. */
const ownModule = (value) => typeof value.module === 'string' && value.package === undefined;

/** A copy of the manifest whose modules' paths, and every reference to them, point into dist/. */
export function packageManifest(manifest) {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== 'object') return value;
    const copy = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, rewrite(item)]));
    if (ownModule(copy)) copy.module = packagePath(copy.module);
    return copy;
  };
  const modules = manifest.modules.map((module) => {
    const copy = { ...rewrite(module), path: packagePath(module.path) };
    // An element's entry point registers it on import: a definition, for tools that map tags to classes.
    for (const declaration of copy.declarations ?? []) {
      if (declaration.tagName) {
        copy.exports = [
          ...(copy.exports ?? []),
          { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: copy.path } },
        ];
      }
    }
    return copy;
  });
  return { ...manifest, modules };
}

/** The package's files that the manifest names, each once. */
export function namedFiles(manifest) {
  const files = new Set(manifest.modules.map((module) => module.path));
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    if (ownModule(value)) files.add(value.module);
    Object.values(value).forEach(visit);
  };
  visit(manifest.modules);
  return [...files];
}

function main() {
  const manifest = packageManifest(JSON.parse(readFileSync(SOURCE, 'utf8')));
  const missing = namedFiles(manifest).filter((file) => !existsSync(new URL(file, root)));
  if (missing.length) throw new Error(`dist/custom-elements.json would name files the build did not write: ${missing.join(', ')}`);
  for (const module of manifest.modules.filter((module) => module.path.endsWith('.js'))) {
    const code = readFileSync(new URL(module.path, root), 'utf8');
    for (const { name } of module.exports.filter((item) => item.kind === 'js')) {
      if (!new RegExp(`\\bas ${name}\\b|export\\{[^}]*\\b${name}\\b`).test(code)) throw new Error(`${module.path} does not export ${name}.`);
    }
  }
  writeFileSync(TARGET, `${JSON.stringify(manifest, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
