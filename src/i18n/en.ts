/** English: the source strings, and the fallback for every language without its own file. */
export const en = {
  minRead: (minutes: string) => `${minutes} min read`,
  views: (count: string, plural: Intl.LDMLPluralRule) => `${count} ${plural === 'one' ? 'view' : 'views'}`,
  published: 'Published',
  updated: 'Updated',
  by: (name: string) => `By ${name}`,
  source: 'Source',
  tags: 'Tags',
  moreTags: (count: number) => `+${count} more`,
  fewerTags: 'Show fewer',
  related: 'Related articles',
  aboutAuthor: 'About the author',
  loading: 'Loading',
  retry: 'Retry',
  empty: {
    article: 'This article has no content.',
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

export type Strings = typeof en;
