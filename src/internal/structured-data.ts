import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from '../data/contract.js';
import type * as Builder from '../data/structured-data.js';
import { newsPolicy } from '../data/trusted-types.js';
import { safeUrl } from '../data/urls.js';
import { languageOf } from '../i18n/index.js';

/**
 * The JSON-LD builder (structured-data.ts) is a chunk of its own, loaded the first time an element
 * asks for structured data: pages without the attribute never download it. It writes the script
 * too, with the URL policy and the Trusted Types policy from here, so that it imports nothing from
 * the bundle.
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
 * the element leaves the page (see `placeJsonLd` in the builder).
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
    if (article && builder && host.isConnected) {
      this.#script = builder.placeJsonLd(host, article, this.#script, { lang: languageOf(host, article.language), safeUrl, policy: newsPolicy() });
    } else this.hostDisconnected();
  }

  hostDisconnected(): void {
    this.#script?.remove();
  }
}
