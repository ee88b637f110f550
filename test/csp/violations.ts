// A classic script, first in the CSP test page's <head>: it records every Content-Security-Policy
// violation from the start, before any module (Lit, the elements, DOMPurify) has loaded, and every
// uncaught error.
(() => {
  const found: { directive: string; blocked: string; sample: string; source: string }[] = [];
  const errors: string[] = [];
  Object.assign(window, { __cspViolations: found, __cspErrors: errors });
  window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => {
    found.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: `${event.sourceFile}:${event.lineNumber}` });
  });
})();
