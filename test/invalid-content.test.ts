import { expect, html } from '@open-wc/testing';
import '../src/article.js';
import type { NewsArticle, NewsArticleCard } from '../src/index.js';
import { fixture as fixtureUrl, load, part, shadow, textOf } from './helpers.js';

/** Documents that break the content contract, and the field each must be blamed on. */
const documents: [file: string, field: string, got: string][] = [
  ['article-tag-slug-number.json', 'tags[1].slug', 'number 42'],
  ['article-date-without-offset.json', 'publishedAt', '"2026-04-01T09:00:00"'],
  ['article-image-javascript.json', 'image.src', '"javascript:alert(1)"'],
];

describe('invalid documents', () => {
  for (const [file, field, got] of documents) {
    it(`${file}: invalid-response naming ${field}, in the event and on screen`, async () => {
      const { el, event } = await load<NewsArticle>(html`<news-article src=${fixtureUrl(file)}></news-article>`);
      expect(event.type).to.equal('news-error');
      const { error } = event.detail;
      expect(error.code).to.equal('invalid-response');
      expect(error.field).to.equal(field);
      expect(error.message).to.contain(field);
      expect(error.message).to.contain(`(got ${got})`);

      // Never a blank or broken widget: the error state, saying what is wrong.
      expect(el.model).to.equal(undefined);
      expect(shadow(el).querySelector('[part="article"]')).to.equal(null);
      const box = part(el, '[part="error"]');
      expect(textOf(box)).to.contain('The news service sent content that could not be shown.');
      expect(textOf(box)).to.contain(field);
      expect(part(el, 'button[part="retry"]').textContent).to.equal('Retry');
      await expect(el).to.be.accessible();
    });
  }

  it('a card on the same invalid document fails the same way', async () => {
    const { el, event } = await load<NewsArticleCard>(html`<news-article-card src=${fixtureUrl('article-image-javascript.json')}></news-article-card>`);
    expect(event.detail.error.code).to.equal('invalid-response');
    expect(event.detail.error.field).to.equal('image.src');
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(textOf(part(el, '[part="error"]'))).to.contain('image.src');
  });
});
