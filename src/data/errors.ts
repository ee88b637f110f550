/**
 * Every failure the data layer reports. `code` is stable and machine-readable; `message` is for
 * developers (it names the attribute, field or URL involved); elements show their own short text.
 */
export type NewsErrorCode =
  | 'config' // an attribute or option is missing or malformed
  | 'network' // the endpoint could not be reached (offline, refused, CORS)
  | 'timeout' // no answer within the timeout
  | 'not-found' // 404
  | 'http' // any other non-2xx status
  | 'invalid-json' // the body is not JSON
  | 'invalid-response'; // JSON that breaks the content contract

export interface NewsErrorDetails {
  status?: number;
  url?: string;
  field?: string;
}

export class NewsError extends Error {
  readonly code: NewsErrorCode;
  readonly status?: number;
  readonly url?: string;
  /** The contract field (`tags[2].slug`) or attribute (`slug`) the error is about. */
  readonly field?: string;

  constructor(code: NewsErrorCode, message: string, details: NewsErrorDetails = {}) {
    super(message);
    this.name = 'NewsError';
    this.code = code;
    this.status = details.status;
    this.url = details.url;
    this.field = details.field;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
