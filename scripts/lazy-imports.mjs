// Shared by the size checks (.size-limit.mjs) and the size breakdown (`npm run size:why`), so that
// both weigh an entry the same way.

/** esbuild plugin: a dynamic import() stays a separate file, so a check counts what loads up front. */
export const lazyImportsStayLazy = {
  name: 'lazy-imports-stay-lazy',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};
