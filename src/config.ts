import { NewsError } from './data/errors.js';

export type Provider = 'native';
export const PROVIDERS: readonly Provider[] = ['native'];

export interface NewsOptions {
  /** Base URL of the content API, used by every element without an `endpoint` attribute. */
  endpoint?: string;
  /** How to read the endpoint. Only `native` (the content contract) for now. */
  provider?: Provider;
  /** Milliseconds before a request is given up as a timeout. Default 10 000. */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 10_000;
const META_ENDPOINT = 'news-widgets:endpoint';

let options: NewsOptions = {};

/**
 * Sets page-wide defaults for every element. Values given here win over the
 * `<meta name="news-widgets:endpoint">` tag; attributes on an element win over both.
 */
export function configure(update: NewsOptions): void {
  if (update.provider !== undefined) checkProvider(update.provider, 'configure({ provider })');
  if (update.timeout !== undefined && !(Number.isFinite(update.timeout) && update.timeout > 0)) {
    throw new NewsError('config', `configure({ timeout }) must be a positive number of milliseconds, got ${String(update.timeout)}.`, {
      field: 'timeout',
    });
  }
  options = { ...options, ...update };
}

/** The options in force: configure() first, then the page's meta tag. */
export function pageOptions(): Required<Pick<NewsOptions, 'provider' | 'timeout'>> & NewsOptions {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${META_ENDPOINT}"]`)?.content.trim();
  return {
    provider: 'native',
    timeout: DEFAULT_TIMEOUT,
    ...options,
    endpoint: options.endpoint ?? (meta || undefined),
  };
}

export function checkProvider(value: string, where: string): Provider {
  if (!(PROVIDERS as readonly string[]).includes(value)) {
    throw new NewsError('config', `${where} must be one of ${PROVIDERS.join(', ')}; got "${value}".`, { field: 'provider' });
  }
  return value as Provider;
}

/** Restores the defaults. For tests and for pages that reconfigure from scratch. */
export function resetConfiguration(): void {
  options = {};
}
