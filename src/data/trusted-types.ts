/**
 * The library's own Trusted Types policy, `news-widgets`, created on first use and shared: a page
 * allows a policy by name, and a second policy of the same name would throw. It vouches for two
 * things only: HTML on its way into the sanitizer when iframes are allowed (`sanitize.ts`), and the
 * JSON text of a structured-data script (`structured-data.ts`). It refuses script text that is not
 * JSON, or that holds `<`, `>` or `&` (the serializer escapes them), so it can never be used to
 * make a script that runs, nor one that closes itself early.
 */
export const POLICY_NAME = 'news-widgets';

/** What the policy makes: `TrustedHTML` and `TrustedScript` where Trusted Types exist, strings elsewhere. */
export interface NewsPolicy {
  createHTML(html: string): string;
  createScript(json: string): string;
}

let policy: NewsPolicy | null | undefined;

/** The policy, or null when the page's Content-Security-Policy does not allow its name. */
export function newsPolicy(): NewsPolicy | null {
  if (policy !== undefined) return policy;
  const rules: NewsPolicy = {
    createHTML: (html) => html,
    createScript: (json) => {
      JSON.parse(json);
      if (/[<>&]/.test(json)) throw new TypeError('Script text with markup characters.');
      return json;
    },
  };
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: NewsPolicy): NewsPolicy } }).trustedTypes;
  try {
    policy = trustedTypes ? trustedTypes.createPolicy(POLICY_NAME, rules) : rules;
  } catch {
    policy = null;
  }
  return policy;
}
