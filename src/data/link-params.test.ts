import { expect } from '@open-wc/testing';
import { NewsError } from './errors.js';
import { parseLinkParams, withLinkParams } from './link-params.js';

/** `link-params` applied to a link, as an element applies it. */
const tagged = (href: string, params: string) => withLinkParams(href, parseLinkParams(params).query);

/** Each parameter name of a URL, as often as it occurs. */
const names = (href: string) => [...new URL(href).searchParams.keys()];

describe('data/link-params', () => {
  describe('withLinkParams (through parseLinkParams)', () => {
    it('appends the parameters to a link without a query', () => {
      expect(tagged('https://site.example/a.html', 'utm_source=partner&utm_medium=related')).to.equal(
        'https://site.example/a.html?utm_source=partner&utm_medium=related',
      );
    });

    it("keeps the link's own parameters as written, in their order and encoding", () => {
      expect(tagged('https://site.example/search?q=tide+gauge&flag&path=%2Fa%2Fb&x=1', 'utm_source=partner')).to.equal(
        'https://site.example/search?q=tide+gauge&flag&path=%2Fa%2Fb&x=1&utm_source=partner',
      );
    });

    it('replaces a parameter of the same name, however often the link has it, so no name is ever there twice', () => {
      const href = tagged('https://site.example/a.html?utm_source=old&x=1&utm_source=older&utm%5Fmedium=feed', 'utm_source=partner&utm_medium=related');
      expect(href).to.equal('https://site.example/a.html?x=1&utm_source=partner&utm_medium=related');
      expect(names(href)).to.deep.equal(['x', 'utm_source', 'utm_medium']);
    });

    it('keeps the fragment last', () => {
      expect(tagged('https://site.example/a.html#comments', 'utm_source=partner')).to.equal('https://site.example/a.html?utm_source=partner#comments');
      expect(tagged('https://site.example/a.html?page=2#comments', 'utm_source=partner')).to.equal(
        'https://site.example/a.html?page=2&utm_source=partner#comments',
      );
      expect(tagged('https://site.example/a.html?#top', 'utm_source=partner')).to.equal('https://site.example/a.html?utm_source=partner#top');
    });

    it('encodes values, so that none can add a parameter or a fragment', () => {
      const href = tagged('https://site.example/a.html', 'utm_campaign=spring sale&utm_content=a%26b%23c&ref=https://partner.example/page?id=1');
      expect(new URL(href).searchParams.get('utm_campaign')).to.equal('spring sale');
      expect(new URL(href).searchParams.get('utm_content')).to.equal('a&b#c');
      expect(new URL(href).searchParams.get('ref')).to.equal('https://partner.example/page?id=1');
      expect(new URL(href).hash).to.equal('');
      expect(names(href)).to.deep.equal(['utm_campaign', 'utm_content', 'ref']);
    });

    it('leaves the link as it is without parameters', () => {
      expect(tagged('https://site.example/a.html?x=1#y', '')).to.equal('https://site.example/a.html?x=1#y');
      expect(withLinkParams('https://site.example/a.html?x=1#y', parseLinkParams(undefined).query)).to.equal('https://site.example/a.html?x=1#y');
    });
  });

  describe('parseLinkParams', () => {
    it('reads name=value pairs, with or without a leading "?", spaces around them, and empty values', () => {
      expect(parseLinkParams('utm_source=partner&utm_medium=related')).to.deep.equal({ query: 'utm_source=partner&utm_medium=related' });
      expect(parseLinkParams('?utm_source=partner')).to.deep.equal({ query: 'utm_source=partner' });
      expect(parseLinkParams(' utm_source = partner & ref= &&')).to.deep.equal({ query: 'utm_source=partner&ref=' });
      expect(parseLinkParams('')).to.deep.equal({ query: '' });
    });

    it('keeps the last value of a name given twice', () => {
      expect(parseLinkParams('utm_source=a&utm_medium=b&utm_source=c')).to.deep.equal({ query: 'utm_medium=b&utm_source=c' });
    });

    const bad: { what: string; value: string; ignored: string; applied: string }[] = [
      { what: 'a name without a value', value: 'utm_source=partner&utm_medium', ignored: '"utm_medium"', applied: 'utm_source=partner' },
      { what: 'a value without a name', value: '=partner&utm_medium=related', ignored: '"=partner"', applied: 'utm_medium=related' },
      {
        what: 'a pasted URL',
        value: 'https://partner.example/?utm_source=partner&utm_medium=related',
        ignored: '"https://partner.example/?utm_source=partner"',
        applied: 'utm_medium=related',
      },
      { what: 'JSON', value: '{"utm_source":"partner"}', ignored: '"{"utm_source":"partner"}"', applied: '' },
      { what: 'a colon for "="', value: 'utm_source:partner', ignored: '"utm_source:partner"', applied: '' },
      { what: 'a space in a name', value: 'utm source=partner&utm_medium=related', ignored: '"utm source=partner"', applied: 'utm_medium=related' },
      { what: 'a fragment', value: 'ref=a&#utm_source=partner', ignored: '"#utm_source=partner"', applied: 'ref=a' },
    ];
    for (const { what, value, ignored, applied } of bad) {
      it(`leaves out ${what}, applies the rest, and says so naming link-params`, () => {
        const { query, error } = parseLinkParams(value);
        expect(query).to.equal(applied);
        expect(error).to.be.instanceOf(NewsError);
        expect(error!.code).to.equal('config');
        expect(error!.field).to.equal('link-params');
        expect(error!.message).to.equal(
          `The link-params attribute must be name=value pairs joined by "&", such as "utm_source=partner&utm_medium=related"; ignored ${ignored}.`,
        );
      });
    }
  });
});
