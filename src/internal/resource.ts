import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { watch } from '../data/client.js';
import { NewsError, asDataError, isAbortError, messageOf } from '../data/errors.js';

/** `waiting`: nothing to load yet (no slug, no `.data`), and nothing to report either. */
export type ResourceStatus = 'waiting' | 'loading' | 'loaded' | 'empty' | 'error';

/** The key of an element that has neither its key attribute nor `.data` yet (real keys are JSON arrays). */
const WAITING = 'waiting';

export interface ResourceOptions<T> {
  /**
   * Identifies what to load; a new value starts a new load. Read on every update. Undefined while
   * the host has nothing to load by (no slug yet): it waits, as an `<img>` without `src` does,
   * until the page gives it a key or a model.
   */
  key(): string | undefined;
  /**
   * Throws a NewsError (code `config`, naming the attribute) when the host's inputs cannot work,
   * whether it loads or is given `.data`. Read on every update.
   */
  check(): void;
  load(signal: AbortSignal): Promise<T>;
  /** A model handed in by the host page (`.data`), or undefined to load one. */
  data(): unknown;
  /** Checks `.data` against the contract; throws NewsError naming the field (see `asDataError`). */
  validate(data: unknown): T;
  lazy(): boolean;
  loaded(value: T, fetched: boolean): void;
  failed(error: NewsError): void;
}

/** The resources of the elements on the page. */
const onPage = new Set<ResourceController<unknown>>();

/**
 * The page is back: the browser is online again (`online`), or it shows the page again from the
 * back/forward cache (`pageshow`, persisted; not the page's first showing). Every element on it
 * that failed for a reason the reader's connection may have caused (a network error or a timeout;
 * not an answer the endpoint gave, such as a 404 or a 503) loads once more, as if Retry were
 * pressed. One listener of each for the page, not one per element.
 */
function pageIsBack(event: Event): void {
  if ((event as PageTransitionEvent).persisted === false) return;
  for (const resource of onPage) if (/^(network|timeout)$/.test(resource.error?.code as string)) resource.retry();
}

if (!isServer) for (const type of ['online', 'pageshow']) addEventListener(type, pageIsBack);

/**
 * Loads one resource for one element and keeps its state. Written here rather than with @lit/task
 * because elements need more than a task gives: a load deferred until the element nears the
 * viewport, abort when the element leaves the page (and a fresh load if it comes back), `.data`
 * short-circuiting the request, input checks, Retry, and quiet refreshes when the client
 * revalidates a cached answer (stale-while-revalidate).
 *
 * The AbortSignal of a load stays alive for as long as the element shows its result: the client
 * tells it about changed answers through it (`watch`), and aborting it (new inputs, leaving the
 * page) ends both the request and the watch.
 */
export class ResourceController<T> implements ReactiveController {
  status: ResourceStatus = 'loading';
  value?: T;
  error?: NewsError;

  #host: ReactiveControllerHost & HTMLElement;
  #options: ResourceOptions<T>;
  #key?: string;
  #data?: unknown;
  #abort?: AbortController;
  #observer?: IntersectionObserver;
  #nearViewport?: boolean;
  /** Left the page while showing a loaded model: refresh it quietly on the way back. */
  #refreshOnConnect?: boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ResourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) onPage.add(this);
    // Back on the page after an aborted load: start again.
    if (this.#key === undefined) this.#host.requestUpdate();
    else if (this.#refreshOnConnect) void this.#refresh();
    this.#refreshOnConnect = false;
  }

  hostDisconnected(): void {
    onPage.delete(this);
    // A load cut short starts again on the way back; one that showed its model (an error or `.data`
    // leaves no load behind) is refreshed quietly.
    if (this.status === 'loading') this.#key = undefined;
    else this.#refreshOnConnect = !!this.#abort;
    this.#cancel();
  }

  /** Runs before every render: decides whether anything new must be loaded. */
  hostUpdate(): void {
    try {
      this.#options.check();
    } catch (error) {
      const problem = asNewsError(error, 'config');
      // The same problem as last time is already on screen (and was already reported).
      const key = `problem:${problem.message}`;
      if (key !== this.#key) {
        this.#key = key;
        this.#data = undefined;
        this.#cancel();
        this.#fail(problem);
      }
      return;
    }
    const data = this.#options.data();
    if (data !== undefined) {
      if (data !== this.#data) this.#adopt(data);
      return;
    }
    this.#data = undefined;
    const key = this.#options.key() ?? WAITING;
    if (key === this.#key) return;
    this.#key = key;
    this.#cancel();
    this.error = undefined;
    if (key === WAITING) {
      // Waiting is not failing: no error, no event, no request, until a key or a model arrives.
      this.status = 'waiting';
      this.value = undefined;
      return;
    }
    this.status = 'loading';
    // A server renders what it was given; without `.data`, the browser loads it.
    if (isServer) return;
    if (this.#options.lazy() && !this.#nearViewport) this.#observe();
    else void this.#load();
  }

  /** Loads again, bypassing nothing but the failed attempt (errors are never cached). */
  retry(): void {
    this.#key = undefined;
    this.#data = undefined;
    this.#host.requestUpdate();
  }

  #cancel(): void {
    this.#stopObserving();
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #adopt(data: unknown): void {
    this.#data = data;
    this.#cancel();
    this.#key = undefined;
    try {
      this.#settle(this.#options.validate(data), false);
    } catch (error) {
      this.#fail(asDataError(error, '.data'));
    }
  }

  #start(): AbortController {
    this.#cancel();
    const abort = (this.#abort = new AbortController());
    watch(abort.signal, () => void this.#refresh());
    return abort;
  }

  async #load(): Promise<void> {
    const abort = this.#start();
    try {
      const value = await this.#options.load(abort.signal);
      if (abort.signal.aborted) return;
      this.#settle(value, true);
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      // Nothing to watch on an error: Retry starts again.
      this.#cancel();
      this.#fail(error);
    }
    this.#host.requestUpdate();
  }

  /**
   * Loads the same resource again without showing the skeleton: after the client revalidated a
   * cached answer, or when the element comes back to the page. If it fails, or brings the same
   * model, what is on screen stays, and no event fires.
   */
  async #refresh(): Promise<void> {
    if (this.status !== 'loaded' && this.status !== 'empty') return;
    if (this.#data !== undefined || this.#key === undefined) return;
    const key = this.#key;
    const abort = this.#start();
    let value: T;
    try {
      value = await this.#options.load(abort.signal);
    } catch {
      return;
    }
    // Models are validated plain data: the same JSON is the same model.
    if (abort.signal.aborted || key !== this.#key || JSON.stringify(value) === JSON.stringify(this.value)) return;
    this.#settle(value, true);
    this.#host.requestUpdate();
  }

  #settle(value: T, fetched: boolean): void {
    this.value = value;
    this.error = undefined;
    // A list with no items is empty; a single model (an article, an author) never is.
    this.status = Array.isArray(value) && !value.length ? 'empty' : 'loaded';
    this.#options.loaded(value, fetched);
  }

  #fail(error: unknown): void {
    this.value = undefined;
    this.status = 'error';
    this.error = asNewsError(error, 'invalid-response');
    this.#options.failed(this.error);
  }

  #observe(): void {
    if (this.#observer) return;
    // Start while the element is still a screen away, so it is ready when it scrolls in.
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#nearViewport = true;
        this.#stopObserving();
        void this.#load();
      },
      { rootMargin: '100% 0px' },
    );
    this.#observer.observe(this.#host);
  }

  #stopObserving(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}

/** Any failure as a NewsError: an unexpected exception keeps its message under the given code. */
function asNewsError(error: unknown, code: 'config' | 'invalid-response'): NewsError {
  if (error instanceof NewsError) return error;
  let message: string;
  try {
    message = messageOf(error);
  } catch {
    message = 'Unknown error.';
  }
  return new NewsError(code, message);
}
