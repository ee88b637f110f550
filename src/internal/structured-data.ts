import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from '../data/contract.js';
import { jsonLdText, newsArticleJsonLd } from '../data/structured-data.js';
import { POLICY_NAME, newsPolicy } from '../data/trusted-types.js';
import { languageOf } from '../i18n/index.js';

let warned = false;

/**
 * Keeps a `<script type="application/ld+json">` with the article's schema.org `NewsArticle` right
 * after its element, in the element's own tree (the light DOM, where search engines read it), for
 * as long as the element shows an article and asks for it: the script follows every change of the
 * model or the language, and goes when the article does, when it is no longer asked for, and when
 * the element leaves the page.
 *
 * Writing a script's text is a Trusted Types sink, even for JSON that never runs: under
 * `require-trusted-types-for 'script'` the text goes through the library's policy (which accepts
 * only JSON). A page whose CSP does not allow that policy gets no script, and one console warning.
 */
export class StructuredDataController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #article: () => Article | undefined;
  #script?: HTMLScriptElement;

  constructor(host: ReactiveControllerHost & HTMLElement, article: () => Article | undefined) {
    this.#host = host;
    this.#article = article;
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    const host = this.#host;
    const article = this.#article();
    const policy = article && host.isConnected ? newsPolicy() : undefined;
    if (!policy) {
      if (policy === null && !warned) {
        warned = true;
        console.warn(
          `news-widgets: <${host.localName}> The structured data is left out, because the page's Content-Security-Policy does not list "${POLICY_NAME}" in trusted-types. (structured-data) [config]`,
        );
      }
      this.hostDisconnected();
      return;
    }
    const text = jsonLdText(newsArticleJsonLd(article!, { lang: languageOf(host, article!.language) }));
    const script = (this.#script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' }));
    if (script.text !== text) script.text = policy.createScript(text);
    if (host.nextSibling !== script) host.after(script);
  }

  hostDisconnected(): void {
    this.#script?.remove();
  }
}
