import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from '../data/contract.js';
import type * as Builder from '../data/structured-data.js';
import { POLICY_NAME, newsPolicy } from '../data/trusted-types.js';
import { safeUrl } from '../data/urls.js';
import { languageOf } from '../i18n/index.js';

let warned = false;

/** Marks the script an element keeps, so that it adopts the one a server rendering wrote. */
const MARK = 'data-news-structured-data';

/**
 * The JSON-LD builder (structured-data.ts) is a chunk of its own, loaded the first time an element
 * asks for structured data: pages without the attribute never download it. It gets the URL policy
 * from here, so that it imports nothing from the bundle.
 */
let builder: typeof Builder | undefined;
let loading: Promise<void> | undefined;

function loadBuilder(): Promise<void> {
  loading ??= import('../data/structured-data.js').then(
    (module) => {
      builder = module;
    },
    (error: unknown) => {
      loading = undefined;
      console.warn(`news-widgets: the structured data could not be loaded (${error}).`);
    },
  );
  return loading;
}

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
  #wanted: () => boolean;
  #article: () => Article | undefined;
  #script?: HTMLScriptElement;

  /** `wanted`: whether the element asks for structured data at all (it starts loading the builder). */
  constructor(host: ReactiveControllerHost & HTMLElement, wanted: () => boolean, article: () => Article | undefined) {
    this.#host = host;
    this.#wanted = wanted;
    this.#article = article;
    host.addController(this);
  }

  /** While the builder loads, for an element that asks for structured data: `updateComplete` waits for it. */
  get loading(): Promise<void> | undefined {
    return !builder && this.#wanted() ? loading : undefined;
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    const host = this.#host;
    if (this.#wanted() && !builder) {
      // Once it is here, the element renders again and the script is written then.
      void loadBuilder().then(() => builder && host.requestUpdate());
    }
    const article = this.#article();
    const policy = article && builder && host.isConnected ? newsPolicy() : undefined;
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
    const { jsonLdText, newsArticleJsonLd } = builder!;
    const text = jsonLdText(newsArticleJsonLd(article!, { lang: languageOf(host, article!.language), safeUrl }));
    const script = (this.#script ??= this.#serverScript() ?? this.#newScript());
    if (script.text !== text) script.text = policy.createScript(text);
    if (host.nextElementSibling !== script) host.after(script);
  }

  hostDisconnected(): void {
    this.#script?.remove();
  }

  /** The script a server rendering put after the element (`news-widgets/ssr`): kept, not written twice. */
  #serverScript(): HTMLScriptElement | undefined {
    const next = this.#host.nextElementSibling;
    return next instanceof HTMLScriptElement && next.type === 'application/ld+json' && next.hasAttribute(MARK) ? next : undefined;
  }

  #newScript(): HTMLScriptElement {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
    return script;
  }
}
