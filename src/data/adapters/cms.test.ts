import { expect } from '@open-wc/testing';
import { apiUrl, at, byShared, date, decode, headline, id, link, minutes, text } from './cms.js';
import { slugify } from './cms.js';
import { readingMinutes } from '../contract.js';

/** The helpers the WordPress, Ghost and JSON Feed adapters share (cms.ts). */
describe('CMS adapter helpers', () => {
  describe('decode: character references in text, by table', () => {
    it('decodes numeric references and the named ones CMSs write', () => {
      expect(decode('The harbour&#8217;s &#x201C;ferry&#x201d; &amp; more &hellip; &nbsp;')).to.equal('The harbour’s “ferry” & more … \u00a0');
      expect(decode('&#128674; &#233;t&#xE9; &laquo;&nbsp;oui&nbsp;&raquo;')).to.equal('🚢 été «\u00a0oui\u00a0»');
    });

    it('leaves unknown names as written, and never reads a name off Object.prototype', () => {
      expect(decode('&zwsp; &constructor; &toString; &__proto__;')).to.equal('&zwsp; &constructor; &toString; &__proto__;');
    });

    it('turns impossible code points into U+FFFD', () => {
      expect(decode('&#0;|&#xD800;|&#x110000;|&#99999999;')).to.equal('\ufffd|\ufffd|\ufffd|\ufffd');
    });

    it('gives text: an encoded tag stays the text of a tag', () => {
      expect(decode('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
    });
  });

  describe('text: HTML of a text field as plain text', () => {
    it('cuts tags out, a block edge becoming a space, and decodes after cutting', () => {
      expect(text('<p>First&nbsp;part.</p><p>Second <em>part</em> &lt;b&gt;</p>\n')).to.equal('First part. Second part <b>');
    });

    it('drops scripts, styles and comments with their content', () => {
      expect(text('a<script>alert(1)</script>b<style>p{}</style>c<!-- wp:paragraph -->d')).to.equal('abcd');
    });

    it('keeps a lone < that starts no tag', () => {
      expect(text('x < y and 3<4')).to.equal('x < y and 3<4');
    });

    it('is undefined for nothing, or nothing left', () => {
      expect(text(undefined)).to.equal(undefined);
      expect(text(42)).to.equal(undefined);
      expect(text('<p> </p>')).to.equal(undefined);
    });
  });

  describe('date', () => {
    it('reads a date-time without a zone as UTC, keeps one with a zone', () => {
      expect(date('2026-03-13T20:30:00')).to.equal('2026-03-13T20:30:00Z');
      expect(date('2026-04-02T08:00:00.000+12:00')).to.equal('2026-04-02T08:00:00.000+12:00');
      expect(date('2026-04-02T08:00:00Z')).to.equal('2026-04-02T08:00:00Z');
      expect(date('2026-04-02T08:00z'), 'a lowercase z, in every engine').to.equal('2026-04-02T08:00z');
    });

    it('refuses what is no date-time, in every engine (February 30, a 60th second)', () => {
      for (const value of [null, 0, '', '2026-03-13', 'yesterday', '2026-13-45T99:99:00', '0000-00-00T00:00:00', '2026-02-30T10:00:00Z', '2026-03-12T07:30:60Z']) {
        expect(date(value), String(value)).to.equal(undefined);
      }
    });
  });

  describe('link', () => {
    it('resolves against a base and keeps only http(s)', () => {
      expect(link('/a/b.jpg', 'https://site.example/2026/post/')).to.equal('https://site.example/a/b.jpg');
      expect(link('img.jpg', 'https://site.example/2026/post/')).to.equal('https://site.example/2026/post/img.jpg');
      expect(link('javascript:alert(1)', 'https://site.example/')).to.equal(undefined);
      expect(link('mailto:a@site.example')).to.equal(undefined);
      expect(link('relative.jpg')).to.equal(undefined);
      expect(link('http://[bad')).to.equal(undefined);
    });
  });

  it('apiUrl adds the API root to a site, once, wherever the site lives', () => {
    const posts = (endpoint: string) => apiUrl(endpoint, 'wp-json', 'wp/v2/posts', { slug: 'a', page: undefined }).href;
    expect(posts('https://site.example')).to.equal('https://site.example/wp-json/wp/v2/posts?slug=a');
    expect(posts('https://site.example/')).to.equal('https://site.example/wp-json/wp/v2/posts?slug=a');
    expect(posts('https://site.example/blog')).to.equal('https://site.example/blog/wp-json/wp/v2/posts?slug=a');
    expect(posts('https://site.example/blog/wp-json/')).to.equal('https://site.example/blog/wp-json/wp/v2/posts?slug=a');
    expect(apiUrl('https://reef.example/ghost/api/content', 'ghost/api/content', 'tags/', {}).href).to.equal('https://reef.example/ghost/api/content/tags/');
  });

  it('at reads own properties only', () => {
    expect(at({ a: { b: [1, 2] } }, 'a', 'b', 1)).to.equal(2);
    expect(at({}, 'constructor')).to.equal(undefined);
    expect(at([], 'length')).to.equal(0);
    expect(at('text', 0)).to.equal(undefined);
    expect(at(null, 'a')).to.equal(undefined);
  });

  it('id takes strings and finite numbers', () => {
    expect(id(42)).to.equal('42');
    expect(id(' a ')).to.equal('a');
    expect(id(Infinity)).to.equal(undefined);
    expect(id('')).to.equal(undefined);
    expect(id({})).to.equal(undefined);
  });

  it('minutes: the source\'s (at least 1), else the contract\'s rule on the body', () => {
    const body = `<p>${'word '.repeat(500)}</p>`;
    expect(minutes(4, body)).to.equal(4);
    expect(minutes(0.2)).to.equal(1);
    expect(minutes(0, body)).to.equal(readingMinutes(body));
    expect(minutes(undefined, body)).to.equal(readingMinutes(body));
    expect(minutes('7', '<p>short</p>')).to.equal(1);
    expect(minutes(undefined)).to.equal(undefined);
  });

  it('slugify makes a tag\'s slug from its name', () => {
    expect(slugify('Heritage & History')).to.equal('heritage-history');
    expect(slugify('  Café Society! ')).to.equal('cafe-society');
    expect(slugify('Überseehafen')).to.equal('uberseehafen');
    expect(slugify('مهرجان الخط')).to.equal('مهرجان-الخط');
    expect(slugify('!!!')).to.equal('');
  });

  it('headline cuts a long text at a word, with an ellipsis', () => {
    expect(headline('Short note.')).to.equal('Short note.');
    const long = 'word '.repeat(30).trim();
    expect(headline(long).length).to.be.at.most(81);
    expect(headline(long)).to.match(/word…$/);
  });

  it('byShared orders by tags shared, ties in the source\'s order', () => {
    const items = [
      { slug: 'a', tags: [{ slug: 'x' }] },
      { slug: 'b', tags: [] },
      { slug: 'c', tags: [{ slug: 'x' }, { slug: 'y' }] },
      { slug: 'd' },
      { slug: 'e', tags: [{ slug: 'y' }] },
    ];
    expect(byShared(items, [{ slug: 'x' }, { slug: 'y' }]).map((item) => item.slug)).to.deep.equal(['c', 'a', 'e', 'b', 'd']);
  });
});
