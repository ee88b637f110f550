// A classic script, first in the CSP test page's <head>: it records every Content-Security-Policy
// violation from the start, before any module (Lit, the elements, DOMPurify) has loaded, and every
// uncaught error. It also records which sanitizer really works on the page, since the query only
// says which one the test asked for: every call of the Sanitizer API's `setHTML` and `setHTMLUnsafe`,
// and every Trusted Types policy created (DOMPurify creates its "dompurify" policy when it first
// sanitizes under Trusted Types). Wrapping a method is plain JavaScript: the policy allows it.
(() => {
  const found: { directive: string; blocked: string; sample: string; source: string }[] = [];
  const errors: string[] = [];
  const sanitizerApiCalls: string[] = [];
  const policies: string[] = [];
  Object.assign(window, { __cspViolations: found, __cspErrors: errors, __cspSanitizerApiCalls: sanitizerApiCalls, __cspPolicies: policies });
  window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => {
    found.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: `${event.sourceFile}:${event.lineNumber}` });
  });
  const prototype = Element.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['setHTML', 'setHTMLUnsafe']) {
    const original = prototype[name];
    if (typeof original !== 'function') continue;
    // A wrapper with the original's name and arity, on the prototype where the library looks for it.
    Object.defineProperty(prototype, name, {
      configurable: true,
      writable: true,
      value: {
        [name](this: Element, ...args: unknown[]) {
          sanitizerApiCalls.push(name);
          return original.apply(this, args);
        },
      }[name],
    });
  }
  const trustedTypes = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: unknown): unknown } }).trustedTypes;
  if (trustedTypes) {
    const createPolicy = trustedTypes.createPolicy;
    trustedTypes.createPolicy = function (name, rules) {
      policies.push(name);
      return createPolicy.call(this, name, rules);
    };
  }
})();
