import type { NewsErrorCode } from '../data/errors.js';

/**
 * A text that depends on a number: one text per CLDR plural category of the language
 * (`zero`, `one`, `two`, `few`, `many`, `other`; `Intl.PluralRules` picks), `other` always given.
 * `#` stands for the number, formatted for the reader's locale.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every string the elements show or announce. English is below and ships in every bundle; every
 * other language is one file beside this one (`fr.ts`: `export default { … } satisfies Strings`),
 * loaded only when a reader needs it. `{name}` marks a value put into a sentence (its place differs
 * from language to language).
 */
export interface Strings {
  /** The byline: `{name}` is the author's name. */
  byline: string;
  /** Before the publication date: `{date}` is the date. */
  published: string;
  /** Before the date of the last update: `{date}` is the date. */
  updated: string;
  /** The same within a week of the update: `{time}` is relative ("3 hours ago", "yesterday"). */
  updatedAgo: string;
  /** Reading time: `{duration}` is written by `Intl.NumberFormat` in minutes ("4 min"). */
  readingTime: string;
  /** How `{duration}` is written: `short` ("4 min") or `long` ("4 minutes"). */
  readingUnit: 'short' | 'long';
  /** The view count: `#` is the (compact) number. */
  views: Plural;
  /** The source line: `{source}` is the source's name (a link when it has one). */
  source: string;
  /** Accessible name of the list of tags. */
  tags: string;
  /** The toggle that shows the tags past `max`: `#` is how many more. */
  moreTags: Plural;
  /** The same toggle once they are shown. */
  fewerTags: string;
  /** Heading of the related strip. */
  related: string;
  /** Above the author's name in the author bio. */
  aboutAuthor: string;
  /** Accessible name of an author's list of profile links: `{name}` is the author's name. */
  profiles: string;
  /** Said by screen readers after a link that opens in another tab or window (`link-target`). */
  newTab: string;
  /** Said by screen readers while an element loads. */
  loading: string;
  /** The error state's button. */
  retry: string;
  /** In place of an article's body when the code that sanitizes it could not be loaded. */
  bodyUnavailable: string;
  /** Texts of the empty states. */
  empty: { related: string; tags: string };
  /** One short sentence per error code, saying what failed (shown in the error state). */
  errors: Record<NewsErrorCode, string>;
}

/** English: the source strings, and the fallback for every language without its own file. */
export const en: Strings = {
  byline: 'By {name}',
  published: 'Published {date}',
  updated: 'Updated {date}',
  updatedAgo: 'Updated {time}',
  readingTime: '{duration} read',
  readingUnit: 'short',
  views: { one: '# view', other: '# views' },
  source: 'Source: {source}',
  tags: 'Tags',
  moreTags: { other: '+# more' },
  fewerTags: 'Show fewer',
  related: 'Related articles',
  aboutAuthor: 'About the author',
  profiles: 'Profiles of {name}',
  newTab: 'opens in a new tab',
  loading: 'Loading',
  retry: 'Retry',
  bodyUnavailable: 'The text of this article could not be loaded.',
  empty: {
    related: 'No related articles yet.',
    tags: 'No tags.',
  },
  errors: {
    config: 'This widget is not set up correctly.',
    network: 'Could not reach the news service.',
    cors: 'The news service does not allow this site to show its content.',
    redirect: 'The news service sent the request round in circles.',
    timeout: 'The news service took too long to answer.',
    'not-found': 'This content could not be found.',
    http: 'The news service ran into a problem.',
    'wrong-type': 'The news service sent a web page or file instead of news content.',
    'too-large': 'The news service sent an answer too large to show.',
    'invalid-json': 'The news service sent an answer that could not be read.',
    'invalid-response': 'The news service sent content that could not be shown.',
  },
};
