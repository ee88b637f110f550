import { expect } from '@open-wc/testing';
import { readingMinutes, validate } from './contract.js';
import { NewsError } from './errors.js';

const base = 'https://api.example/v1/articles/a';

/** A minimal valid article; each test breaks one thing in a copy. */
function article(): Record<string, unknown> {
  return {
    id: 'a-1',
    slug: 'a',
    title: 'Title',
    publishedAt: '2026-03-12T07:30:00+00:00',
    tags: [
      { slug: 'city', name: 'City' },
      { slug: 'ocean', name: 'Ocean' },
    ],
  };
}

function invalid(run: () => unknown): NewsError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(NewsError);
    expect((error as NewsError).code).to.equal('invalid-response');
    return error as NewsError;
  }
  throw new Error('Expected a validation error');
}

const words = (n: number) => `<p>${Array.from({ length: n }, (_, i) => `word${i}`).join(' ')}</p>`;

describe('data/contract', () => {
  describe('a valid article', () => {
    it('comes back as a clean model: unknown fields dropped, URLs resolved, ids as strings', () => {
      const model = validate.article(
        {
          ...article(),
          id: 17,
          url: '../a.html',
          unknown: 'ignored',
          image: { src: 'media/a.svg', alt: 'A', width: 10, height: 5, extra: true },
          author: { id: 3, slug: 'ada', name: 'Ada', avatar: { src: '/ada.svg' } },
          related: [{ id: 'r', slug: 'r', title: 'R', publishedAt: '2026-01-01T00:00:00Z' }],
        },
        base,
      );
      expect(model.id).to.equal('17');
      expect(model.url).to.equal('https://api.example/v1/a.html');
      expect(model).not.to.have.property('unknown');
      expect(model.image).to.deep.equal({ src: 'https://api.example/v1/articles/media/a.svg', alt: 'A', width: 10, height: 5 });
      // A missing alt is a decorative image, never the title.
      expect(model.author!.avatar).to.deep.equal({ src: 'https://api.example/ada.svg', alt: '' });
      expect(model.author!.id).to.equal('3');
      expect(model.related![0].slug).to.equal('r');
      expect(model.tags.map((tag) => tag.slug)).to.deep.equal(['city', 'ocean']);
      expect(Object.keys(model)).not.to.include('summary');
    });

    it('accepts offsets written with and without a colon, and Z, and writes them in the form every engine reads', () => {
      const written: [string, string][] = [
        ['2026-03-12T07:30:00Z', '2026-03-12T07:30:00Z'],
        ['2026-03-12T07:30+01:00', '2026-03-12T07:30+01:00'],
        ['2026-03-12T07:30:00.123-0500', '2026-03-12T07:30:00.123-05:00'],
      ];
      for (const [date, model] of written) expect(validate.article({ ...article(), publishedAt: date }, base).publishedAt).to.equal(model);
    });

    it('decides each date itself, as in every engine: a lowercase z is valid, February 30 and a 60th second are not', () => {
      const valid: [string, string][] = [
        ['2026-03-12t07:30:00z', '2026-03-12T07:30:00Z'],
        ['2024-02-29T10:00:00.5+1400', '2024-02-29T10:00:00.5+14:00'],
        ['2026-03-12T07:30:00.123456Z', '2026-03-12T07:30:00.123456Z'],
      ];
      for (const [date, model] of valid) {
        const { publishedAt } = validate.article({ ...article(), publishedAt: date }, base);
        expect(publishedAt, date).to.equal(model);
        expect(Date.parse(publishedAt), `${date}, read by this engine`).not.to.be.NaN;
      }
      for (const date of ['2026-02-30T10:00:00Z', '2026-02-29T10:00:00Z', '2026-03-12T07:30:60Z', '2026-03-12T24:00:00Z', '2026-13-01T00:00:00Z', '2026-03-12T07:30:00+24:00']) {
        expect(invalid(() => validate.article({ ...article(), publishedAt: date }, base)).field, date).to.equal('publishedAt');
      }
    });
  });

  describe('required fields', () => {
    for (const field of ['id', 'slug', 'title', 'publishedAt', 'tags']) {
      it(`rejects an article without ${field}, naming it`, () => {
        const json = article();
        delete json[field];
        const error = invalid(() => validate.article(json, base));
        expect(error.field).to.equal(field);
        expect(error.message).to.contain(`${field} must be`);
        expect(error.message).to.contain('(got missing)');
      });
    }

    it('rejects an empty title', () => {
      const error = invalid(() => validate.article({ ...article(), title: '  ' }, base));
      expect(error.field).to.equal('title');
      expect(error.message).to.equal('Invalid content: title must be a non-empty string (got "  ").');
    });

    it('rejects an author without a name, and a tag list item without a slug', () => {
      expect(invalid(() => validate.author({ id: 'x', slug: 'x' }, base)).field).to.equal('name');
      expect(invalid(() => validate.tags({ items: [{ slug: 'a', name: 'A' }, { name: 'B' }] }, base)).field).to.equal('items[1].slug');
    });
  });

  describe('wrong types, with the path of the field in the message', () => {
    const broken: [what: string, change: Record<string, unknown>, field: string, got: string][] = [
      ['a tag slug that is a number', { tags: [{ slug: 'city', name: 'City' }, { slug: 7, name: 'Seven' }] }, 'tags[1].slug', 'number 7'],
      ['tags that are not an array', { tags: { slug: 'city' } }, 'tags', 'an object'],
      ['a tag that is not an object', { tags: ['city'] }, 'tags[0]', '"city"'],
      ['a date without an offset', { publishedAt: '2026-03-12T07:30:00' }, 'publishedAt', '"2026-03-12T07:30:00"'],
      ['a date that is not a date', { publishedAt: 'yesterday' }, 'publishedAt', '"yesterday"'],
      ['an impossible date', { updatedAt: '2026-02-30T25:00:00Z' }, 'updatedAt', '"2026-02-30T25:00:00Z"'],
      ['an image src with javascript:', { image: { src: 'javascript:alert(1)', alt: '' } }, 'image.src', '"javascript:alert(1)"'],
      ['a data: url', { url: 'data:text/html,hi' }, 'url', '"data:text/html,hi"'],
      ['a negative view count', { viewCount: -1 }, 'viewCount', 'number -1'],
      ['a reading time as a string', { readingTimeMinutes: '3' }, 'readingTimeMinutes', '"3"'],
      ['an image width that is not a number', { image: { src: 'a.png', alt: '', width: '100px' } }, 'image.width', '"100px"'],
      ['a nested author link', { author: { id: 'a', slug: 'a', name: 'A', links: [{ label: 'L', url: 'vbscript:x' }] } }, 'author.links[0].url', '"vbscript:x"'],
      ['a related item without a title', { related: [{ id: 'r', slug: 'r', publishedAt: '2026-01-01T00:00:00Z' }] }, 'related[0].title', 'missing'],
      ['a source without a name', { source: { url: 'https://x.example' } }, 'source.name', 'missing'],
      ['a disclosure that is a string', { disclosure: 'paid' }, 'disclosure', '"paid"'],
      ['a body that is not a string', { bodyHtml: ['<p>'] }, 'bodyHtml', 'an array'],
    ];
    for (const [what, change, field, got] of broken) {
      it(`rejects ${what} (${field})`, () => {
        const error = invalid(() => validate.article({ ...article(), ...change }, base));
        expect(error.field).to.equal(field);
        expect(error.message).to.match(new RegExp(`^Invalid content: ${field.replace(/[[\].]/g, '\\$&')} must be .+ \\(got ${got.replace(/[()[\].]/g, '\\$&')}\\)\\.$`));
      });
    }

    it('rejects a document that is not an object', () => {
      for (const json of [null, 'text', [], 42]) {
        expect(invalid(() => validate.article(json, base)).field).to.equal('(document)');
      }
    });

    it('names the index in a bare .data array', () => {
      expect(invalid(() => validate.tagArray([{ slug: 'a', name: 'A' }, { slug: 'b' }])).field).to.equal('data[1].name');
      expect(invalid(() => validate.summaryArray([{ id: 'x' }])).field).to.equal('data[0].slug');
    });
  });

  describe('reading time', () => {
    it('is computed from the body at 238 words a minute, rounded up, when absent', () => {
      expect(readingMinutes(words(1))).to.equal(1);
      expect(readingMinutes(words(238))).to.equal(1);
      expect(readingMinutes(words(239))).to.equal(2);
      expect(readingMinutes(words(476))).to.equal(2);
      expect(readingMinutes(words(477))).to.equal(3);
      expect(validate.article({ ...article(), bodyHtml: words(500) }, base).readingTimeMinutes).to.equal(3);
    });

    it('counts words, not markup', () => {
      expect(readingMinutes(`<p class="x">${'<b>a</b> '.repeat(238)}</p>`)).to.equal(1);
      expect(readingMinutes(`<p>${'<b>a</b> '.repeat(239)}</p>`)).to.equal(2);
    });

    it('is at least one minute', () => {
      expect(readingMinutes('<p></p>')).to.equal(1);
      expect(validate.article({ ...article(), bodyHtml: '<img src="a.png" alt="">' }, base).readingTimeMinutes).to.equal(1);
    });

    it('is taken from the document when given, and absent without a body', () => {
      expect(validate.article({ ...article(), bodyHtml: words(1000), readingTimeMinutes: 2 }, base).readingTimeMinutes).to.equal(2);
      expect(validate.article(article(), base)).not.to.have.property('readingTimeMinutes');
    });
  });

  describe('other documents', () => {
    it('reads a list of summaries and a view count', () => {
      const items = validate.summaries({ items: [{ id: 1, slug: 's', title: 'S', publishedAt: '2026-01-01T00:00:00Z', tags: [] }] }, base);
      expect(items).to.deep.equal([{ id: '1', slug: 's', title: 'S', publishedAt: '2026-01-01T00:00:00Z', tags: [] }]);
      expect(validate.viewCount({ viewCount: 5 }, base)).to.equal(5);
      expect(invalid(() => validate.viewCount({}, base)).field).to.equal('viewCount');
      expect(invalid(() => validate.summaries({ results: [] }, base)).field).to.equal('items');
    });
  });
});
