import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NewsError, isAbortError } from '../data/errors.js';

export type ResourceStatus = 'loading' | 'loaded' | 'empty' | 'error';

export interface ResourceOptions<T> {
  /** Identifies what to load; a new value starts a new load. Read on every update. */
  key(): string;
  load(signal: AbortSignal): Promise<T>;
  /** A model handed in by the host page (`.data`), or undefined to load one. */
  data(): unknown;
  /** Checks `.data` against the contract; throws NewsError naming the field. */
  validate(data: unknown): T;
  isEmpty(value: T): boolean;
  lazy(): boolean;
  loaded(value: T, fetched: boolean): void;
  failed(error: NewsError): void;
}

/**
 * Loads one resource for one element and keeps its state. Written here rather than with @lit/task
 * because elements need more than a task gives: a load deferred until the element nears the
 * viewport, abort when the element leaves the page (and a fresh load if it comes back), `.data`
 * short-circuiting the request, and Retry.
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
  #nearViewport = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ResourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after an aborted load: start again.
    if (this.#key === undefined) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stopObserving();
    if (this.status === 'loading') {
      this.#abort?.abort();
      this.#abort = undefined;
      this.#key = undefined;
    }
  }

  /** Runs before every render: decides whether anything new must be loaded. */
  hostUpdate(): void {
    const data = this.#options.data();
    if (data !== undefined) {
      if (data !== this.#data) this.#adopt(data);
      return;
    }
    this.#data = undefined;
    const key = this.#options.key();
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    this.#abort = undefined;
    this.status = 'loading';
    this.error = undefined;
    if (this.#options.lazy() && !this.#nearViewport) this.#observe();
    else void this.#load();
  }

  /** Loads again, bypassing nothing but the failed attempt (errors are never cached). */
  retry(): void {
    this.#key = undefined;
    this.#data = undefined;
    this.#host.requestUpdate();
  }

  #adopt(data: unknown): void {
    this.#data = data;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#key = undefined;
    try {
      this.#settle(this.#options.validate(data), false);
    } catch (error) {
      this.#fail(error);
    }
  }

  async #load(): Promise<void> {
    const abort = (this.#abort = new AbortController());
    try {
      const value = await this.#options.load(abort.signal);
      if (abort.signal.aborted) return;
      this.#settle(value, true);
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.#fail(error);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
    this.#host.requestUpdate();
  }

  #settle(value: T, fetched: boolean): void {
    this.value = value;
    this.error = undefined;
    this.status = this.#options.isEmpty(value) ? 'empty' : 'loaded';
    this.#options.loaded(value, fetched);
  }

  #fail(error: unknown): void {
    this.value = undefined;
    this.status = 'error';
    this.error =
      error instanceof NewsError ? error : new NewsError('invalid-response', error instanceof Error ? error.message : String(error));
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
