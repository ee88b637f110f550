/**
 * Every failure the data layer reports. `code` is stable and machine-readable; `message` is for
 * developers (it names the attribute, field or URL involved); elements show their own short text.
 */
export type NewsErrorCode =
  | 'config' // an attribute or option is missing or malformed (`field` names it)
  | 'network' // the endpoint could not be reached (offline, refused, reset)
  | 'cors' // the endpoint answered, but without Access-Control-Allow-Origin for this site
  | 'redirect' // redirects that led nowhere readable (a loop, or to a server that refuses this site)
  | 'timeout' // no whole answer within the timeout (no answer at all, or one trickling in too slowly)
  | 'not-found' // 404
  | 'http' // any other non-2xx status (`status` says which)
  | 'wrong-type' // a 2xx answer not labelled JSON (an HTML page, text/plain, …)
  | 'too-large' // an answer over the size cap (configure({ maxBytes }))
  | 'invalid-json' // labelled JSON, but the body is not JSON
  | 'invalid-response'; // JSON that breaks the content contract (`field` names the field)

export interface NewsErrorDetails {
  status?: number;
  url?: string;
  field?: string;
  reason?: string;
  retryAfter?: number;
}

export class NewsError extends Error {
  readonly code: NewsErrorCode;
  readonly status?: number;
  readonly url?: string;
  /** The contract field (`tags[2].slug`) or attribute (`slug`) the error is about. */
  readonly field?: string;
  /** What the contract field breaks, for a model that breaks the content contract: `must be a non-empty string (got null)`. */
  readonly reason?: string;
  /** Milliseconds the endpoint asked to wait before trying again (`Retry-After`), when it said. */
  readonly retryAfter?: number;

  constructor(code: NewsErrorCode, message: string, details: NewsErrorDetails = {}) {
    super(message);
    this.name = 'NewsError';
    this.code = code;
    Object.assign(this, details);
  }
}

/** The field of a contract error about the document itself rather than a field of it. */
export const WHOLE_DOCUMENT = '(document)';

/**
 * A model handed in by the page (`.data`, or the model a server renders) that breaks the contract
 * is the page's mistake, not the endpoint's: the error says which model (`what`: `.data`,
 * `data for <news-article>`), and names the model itself `data`. (A model read from no URL has no
 * `url` or `status` to keep.)
 */
export function asDataError(error: unknown, what: string): NewsError {
  if (error instanceof NewsError && !error.reason) return error;
  // Anything else thrown is about the model as a whole.
  const { field = WHOLE_DOCUMENT, reason } = error as Partial<NewsError>;
  const named = field === WHOLE_DOCUMENT ? 'data' : field;
  return new NewsError('invalid-response', `Invalid ${what}: ${reason ? `${named} ${reason}.` : messageOf(error)}`, { field: named, reason });
}

/** What went wrong, in words: an error's message, or anything else thrown as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
