import { expect } from '@open-wc/testing';
import { article } from '../../test/models.js';
import type { Article } from './contract.js';
import { scriptJson, newsArticleJsonLd as build, type JsonLdOptions } from './structured-data.js';
import { safeUrl } from './urls.js';

const newsArticleJsonLd = (article: Parameters<typeof build>[0], options: Omit<JsonLdOptions, 'safeUrl'> = {}) => build(article, { ...options, safeUrl });

const full: Article = {
  ...article,
  updatedAt: '2026-01-11T10:30:00+01:00',
  image: { src: 'https://site.test/media/hero.jpg', alt: 'The harbour', caption: 'At dawn.', width: 1200, height: 675 },
};

describe('data/structured-data', () => {
  describe('newsArticleJsonLd', () => {
    it('describes an article as a schema.org NewsArticle', () => {
      expect(newsArticleJsonLd(full)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'A story handed in as data',
        description: 'Nothing was fetched to show this.',
        url: 'https://site.test/articles/data-article.html',
        mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://site.test/articles/data-article.html' },
        datePublished: '2026-01-10T09:00:00+01:00',
        dateModified: '2026-01-11T10:30:00+01:00',
        author: { '@type': 'Person', name: 'Ada Quill', url: 'https://site.test/people/ada-quill', jobTitle: 'Night Editor' },
        image: { '@type': 'ImageObject', url: 'https://site.test/media/hero.jpg', width: 1200, height: 675, caption: 'At dawn.' },
        articleSection: 'News',
        keywords: ['City', 'The Harbour', 'Ocean'],
        timeRequired: 'PT2M',
        inLanguage: 'en',
        isBasedOn: { '@type': 'CreativeWork', name: 'The Wire', url: 'https://wire.test/story' },
      });
    });

    it('leaves out what the article does not say, and dates its last change to its publication when never updated', () => {
      const bare: Article = { id: 'b', slug: 'bare', title: 'Bare', publishedAt: '2026-02-01T08:00:00Z', tags: [] };
      expect(newsArticleJsonLd(bare)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Bare',
        datePublished: '2026-02-01T08:00:00Z',
        dateModified: '2026-02-01T08:00:00Z',
      });
    });

    it("takes the article's own language over the page's", () => {
      expect(newsArticleJsonLd(full, { lang: 'fr' }).inLanguage).to.equal('en');
      expect(newsArticleJsonLd({ ...full, language: undefined }, { lang: 'fr' }).inLanguage).to.equal('fr');
    });

    it('names the publisher when it is given', () => {
      expect(newsArticleJsonLd(full, { publisher: { name: 'The Harbour Gazette', url: 'https://site.test/', logo: 'https://site.test/logo.png' } }).publisher).to.deep.equal({
        '@type': 'Organization',
        name: 'The Harbour Gazette',
        url: 'https://site.test/',
        logo: 'https://site.test/logo.png',
      });
    });

    it('never includes the body, and writes only absolute http(s) URLs', () => {
      const hostile = {
        ...full,
        bodyHtml: '<p>secret body</p>',
        url: 'javascript:alert(1)',
        image: { ...full.image!, src: 'data:image/svg+xml,<svg onload=alert(1)>' },
        author: { ...full.author!, url: '/people/relative' },
        source: { name: 'Wire', url: ' vbscript:msgbox(1)' },
      };
      const data = newsArticleJsonLd(hostile);
      expect(JSON.stringify(data)).not.to.contain('secret body');
      expect(data).not.to.have.property('url');
      expect(data).not.to.have.property('mainEntityOfPage');
      expect(data).not.to.have.property('image');
      expect(data.author).to.deep.equal({ '@type': 'Person', name: 'Ada Quill', jobTitle: 'Night Editor' });
      expect(data.isBasedOn).to.deep.equal({ '@type': 'CreativeWork', name: 'Wire' });
    });
  });

  describe('scriptJson', () => {
    it('escapes what could close the script or open a comment, and parses back to the same data', () => {
      const data = { headline: '</script><img src=x onerror=alert(1)>', note: '<!-- a & b -->', lines: 'a\u2028b\u2029c' };
      const text = scriptJson(data);
      expect(text).not.to.match(/[<>&\u2028\u2029]/);
      expect(text).to.contain('\\u003c/script\\u003e');
      expect(JSON.parse(text)).to.deep.equal(data);
    });
  });
});
