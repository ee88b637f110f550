// The custom elements manifest (custom-elements.json) is generated from the elements' JSDoc:
// `npm run analyze`. It feeds Storybook's controls and docs and the API reference in docs/api.md
// (scripts/api-docs.mjs). The package ships it for IDEs and other tools as dist/custom-elements.json,
// with the package's paths instead of src/ (scripts/package-manifest.mjs, the last step of the build).

/**
 * The base class is generic (`NewsElement<T>`): its inherited `data` and `model` would read `T`.
 * Each element fills in its own model type (`Article`, `Tag[]`, …) from its `extends` clause.
 */
function modelTypes() {
  const typeArguments = new Map();
  return {
    name: 'news-widgets: model types',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const clause of node.heritageClauses ?? []) {
        const [base] = clause.types;
        if (clause.token === ts.SyntaxKind.ExtendsKeyword && base?.typeArguments?.length === 1) {
          typeArguments.set(node.name.getText(), { base: base.expression.getText(), type: base.typeArguments[0].getText() });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const argument = typeArguments.get(declaration.name);
        if (!argument) continue;
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (item.inheritedFrom?.name === argument.base && item.type?.text) {
            item.type = { ...item.type, text: item.type.text.replace(/\bT\b/g, argument.type) };
          }
        }
      }
    },
  };
}

/** Only the public API: protected and private members (render hooks, internal state) stay out. */
function publicOnly() {
  return {
    name: 'news-widgets: public API only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
        );
      }
    },
  };
}

const GLOBS = ['src/internal/news-element.ts', 'src/elements/*/news-*.ts'];

/**
 * The analyzer lists modules in the order its file search finds them, which reads directories
 * concurrently: on a busy machine the order changes, and so would the manifest. Here it is the
 * base class first, then the elements by path, whatever the file system did.
 */
function stableOrder() {
  const rank = (path) => (path === GLOBS[0] ? 0 : 1);
  // Folder by folder, so that `article/` comes before `article-card/`.
  const key = (path) => path.split('/').join('\0');
  return {
    name: 'news-widgets: stable module order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => rank(a.path) - rank(b.path) || (key(a.path) < key(b.path) ? -1 : 1));
    },
  };
}

export default {
  globs: GLOBS,
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` field names the package's copy (dist/custom-elements.json); the
  // analyzer must not rewrite it.
  packagejson: false,
  plugins: [modelTypes(), publicOnly(), stableOrder()],
};
