import fc from 'fast-check';

/**
 * Valid documents of the content contract, random: each is accepted by the widgets' validator
 * (src/data/contract.ts). Shared by its property tests and the schema's parity test
 * (test/check/schema-parity.test.ts), which breaks them with test/mutations.ts.
 */

export const text = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((s) => s.trim() !== '');
export const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,24}$/);
export const id = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
export const count = fc.oneof(fc.nat({ max: 100_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
export const offset = fc.constantFrom('Z', '+00:00', '+02:00', '-05:30', '+1400', 'z');
export const date = fc
  .tuple(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true }), offset, fc.boolean())
  .map(([d, zone, millis]) => {
    const iso = d.toISOString();
    return (millis ? iso.slice(0, -1) : iso.slice(0, 19)) + zone;
  });
export const url = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc.constantFrom('/articles/a.html', 'relative/page.html', '../up.html', '?q=1', '#anchor', '//cdn.example/x.png', 'HTTPS://EXAMPLE.ORG/A'),
);
export const image = fc.record(
  { src: url, alt: fc.string({ maxLength: 40 }), caption: text, width: fc.nat({ max: 4000 }), height: fc.nat({ max: 4000 }) },
  { requiredKeys: ['src'] },
);
export const tag = fc.record({ slug, name: text, url }, { requiredKeys: ['slug', 'name'] });
export const tags = fc.array(tag, { maxLength: 4 });
export const authorSummary = fc.record({ slug, name: text, avatar: image }, { requiredKeys: ['slug', 'name'] });
export const author = fc.record(
  {
    id,
    slug,
    name: text,
    role: text,
    avatar: image,
    bio: text,
    url,
    links: fc.array(fc.record({ label: text, url }), { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'slug', 'name'] },
);
const summaryFields = {
  id,
  slug,
  url,
  title: text,
  section: text,
  publishedAt: date,
  readingTimeMinutes: count,
  image,
  summary: text,
};
export const summary = fc.record({ ...summaryFields, author: authorSummary, tags }, { requiredKeys: ['id', 'slug', 'title', 'publishedAt'] });
export const article = fc.record(
  {
    ...summaryFields,
    updatedAt: date,
    viewCount: count,
    language: fc.constantFrom('en', 'fr-CA', 'ar', 'zh-Hant'),
    tags,
    // Optional text is a non-empty string when present (an empty one is a contract error).
    bodyHtml: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== ''),
    source: fc.record({ name: text, url }, { requiredKeys: ['name'] }),
    disclosure: fc.record({ text, url }, { requiredKeys: ['text'] }),
    author,
    related: fc.array(summary, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'slug', 'title', 'publishedAt', 'tags'] },
);
