import { NewsError } from './errors.js';

/**
 * `link-params`: query parameters a host appends to outbound article links for attribution
 * (`utm_source=partner&utm_medium=related`). Read once per value, then merged into each link.
 */
export interface LinkParams {
  /** The well-formed parameters, encoded and ready to append; empty when there are none. */
  query: string;
  /** Set when some of the value could not be read: a `config` error naming the attribute. */
  error?: NewsError;
}

/**
 * A parameter name is anything but characters that show a URL or a fragment was pasted instead of
 * parameters (`https://…?utm_source=x`, `#top`), or whitespace inside the name.
 */
const NAME = /^[^\s#?/:]+$/;

/**
 * Reads `link-params`: `name=value` pairs joined by `&`, with or without a leading `?`. Empty
 * values (`ref=`) are kept; spaces around pairs are ignored; a name given twice keeps its last value,
 * so no link ever gets a name twice. Pieces that are not `name=value` are left out and named in
 * the error, and the rest still applies: attribution that half works beats none.
 */
export function parseLinkParams(value: string | undefined): LinkParams {
  // Most elements have none, and every article link asks.
  if (!value) return { query: '' };
  // A name given again is deleted first, so that its last value comes last.
  const params = new URLSearchParams();
  const ignored: string[] = [];
  for (const raw of value.trim().replace(/^\?/, '').split('&')) {
    const piece = raw.trim();
    if (!piece) continue;
    const [name, text] = [...new URLSearchParams(piece)][0] ?? [];
    if (!piece.includes('=') || !NAME.test(name.trim())) {
      ignored.push(`"${piece}"`);
      continue;
    }
    params.delete(name.trim());
    params.append(name.trim(), text.trim());
  }
  const query = params.toString();
  if (!ignored.length) return { query };
  return {
    query,
    error: new NewsError(
      'config',
      `The link-params attribute must be name=value pairs joined by "&", such as "utm_source=partner&utm_medium=related"; ignored ${ignored.join(', ')}.`,
      { field: 'link-params' },
    ),
  };
}

/**
 * Appends parameters read by `parseLinkParams` to a link. The link's own parameters stay as they
 * were written (same order, same encoding), except those of the same name, which the host's
 * values replace; the fragment stays last.
 */
export function withLinkParams(href: string, query: string): string {
  if (!query) return href;
  const url = new URL(href);
  const names = new Set(new URLSearchParams(query).keys());
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((piece) => piece && !names.has([...new URLSearchParams(piece).keys()][0]));
  url.search = [...kept, query].join('&');
  return url.href;
}
