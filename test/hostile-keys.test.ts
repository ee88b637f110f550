import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/article.js';
import type { NewsArticle } from '../src/index.js';
import type { NewsElement } from '../src/internal/news-element.js';
import { validate } from '../src/data/contract.js';
import { faultOrigin, until } from './helpers.js';

/**
 * `__proto__`, `constructor` and `prototype` keys in JSON never reach a prototype: JSON.parse
 * makes them plain own properties, and the validator copies only the contract's fields into a
 * fresh model. The documents come from the fault server (/hostile/), through the real client.
 */

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Every object and array in a model: only plain prototypes, and no hostile own keys. */
function expectClean(value: unknown, path = 'model'): void {
  if (typeof value !== 'object' || value === null) return;
  const prototype = Object.getPrototypeOf(value);
  expect(prototype === Object.prototype || prototype === Array.prototype, `${path} has a plain prototype`).to.be.true;
  for (const key of HOSTILE_KEYS) expect(Object.prototype.hasOwnProperty.call(value, key), `${path} owns ${key}`).to.be.false;
  for (const [key, child] of Object.entries(value)) expectClean(child, `${path}.${key}`);
}

function expectPrototypesUntouched(): void {
  expect(Object.prototype).not.to.have.property('polluted');
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(objectPrototypeKeys);
  expect(Object.prototype.constructor).to.equal(Object);
}

const objectPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('hostile keys in JSON', () => {
  it('the hostile document really carries them as own keys (the test is not empty)', async () => {
    const json = await (await fetch(`${faultOrigin}/hostile/check`)).json();
    expect(Object.prototype.hasOwnProperty.call(json, '__proto__')).to.be.true;
    expect(Object.prototype.hasOwnProperty.call(json.tags[0], '__proto__')).to.be.true;
    expect(Object.prototype.hasOwnProperty.call(json, 'constructor')).to.be.true;
  });

  it('reach no prototype, through every element, and leave the models without them', async () => {
    const src = (name: string) => `${faultOrigin}/hostile/${name}`;
    const container = fixtureSync<HTMLDivElement>(html`<div>
      <news-article src=${src('article')}></news-article>
      <news-article-card src=${src('card')}></news-article-card>
      <news-author-bio src=${src('author')}></news-author-bio>
      <news-tag-list src=${src('tags')}></news-tag-list>
      <news-related-articles src=${src('related')}></news-related-articles>
    </div>`);
    const elements = Array.from(container.children) as NewsElement<unknown>[];
    await until(() => elements.every((el) => el.model !== undefined || el.error !== undefined));
    for (const el of elements) {
      expect(el.error, el.localName).to.equal(undefined);
      expectClean(el.model, el.localName);
    }
    const full = elements[0] as NewsArticle;
    expect(full.model!.tags).to.deep.equal([{ slug: 't', name: 'T' }]);
    expect(full.model!.author!.links).to.deep.equal([{ label: 'L', url: 'https://site.test/' }]);
    expectPrototypesUntouched();
  });

  it('reach no prototype through .data either', async () => {
    const json = await (await fetch(`${faultOrigin}/hostile/data`)).json();
    const el = fixtureSync<NewsArticle>(html`<news-article .data=${json}></news-article>`);
    await el.updateComplete;
    expect(el.error).to.equal(undefined);
    expectClean(el.model);
    expectPrototypesUntouched();
  });

  it('an inherited field is not a field: a polluted Object.prototype cannot put content in a model', () => {
    const json = { id: 'x', slug: 'x', title: 'x', publishedAt: '2026-05-01T09:00:00+00:00', tags: [] };
    const prototype = Object.prototype as unknown as Record<string, unknown>;
    prototype.bodyHtml = '<img src=x onerror=alert(1)>';
    prototype.summary = 'injected';
    try {
      const model = validate.article(json);
      expect(model).not.to.have.own.property('bodyHtml');
      expect(model).not.to.have.own.property('summary');
    } finally {
      delete prototype.bodyHtml;
      delete prototype.summary;
    }
  });
});
