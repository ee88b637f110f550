// Serves /csp/page.html for test/csp.test.ts: a page that renders every element under the strict
// Content-Security-Policy that docs/security.md tells sites to use, sent as a real response header.
// `api` is the content server's origin (test/server.mjs): the elements fetch from it and show its
// images, so connect-src and img-src name it, as a site names its own endpoint.

/** The Trusted Types policies the library creates: Lit's, DOMPurify's (fallback only), ours (iframes only). */
export const TRUSTED_TYPES = ['lit-html', 'dompurify', 'news-widgets'];

export function contentSecurityPolicy(api) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${api}`,
    `connect-src ${api}`,
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES.join(' ')}`,
  ].join('; ');
}

/** `api`: the content server's origin, or a function of the request that answers it (a server per engine). */
export function cspPagePlugin({ api: origin }) {
  return {
    name: 'csp-page',
    serve(context) {
      if (context.path !== '/csp/page.html') return undefined;
      const api = typeof origin === 'function' ? origin(context) : origin;
      return {
        type: 'html',
        headers: { 'Content-Security-Policy': contentSecurityPolicy(api), 'Cache-Control': 'no-store' },
        body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>news-widgets under a strict CSP</title>
    <meta name="news-widgets:endpoint" content="${api}/api/">
    <script src="/test/csp/violations.ts"></script>
    <script src="/node_modules/axe-core/axe.min.js"></script>
    <script type="module" src="/test/csp/page.ts"></script>
  </head>
  <body></body>
</html>
`,
      };
    },
  };
}
