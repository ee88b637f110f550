import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../author-bio.js';
import type { NewsAuthorBio } from '../../author-bio.js';
import { delayed, endpoint, load, part, served, shadow, textOf, until } from '../../../test/helpers.js';
import { author } from '../../../test/models.js';

describe('<news-author-bio>', () => {
  it('renders an author from the endpoint: avatar, name, role, bio and links', async () => {
    const { el, event } = await load<NewsAuthorBio>(html`<news-author-bio endpoint=${endpoint} author="nadia-okafor"></news-author-bio>`);
    expect(event.type).to.equal('news-load');
    expect(event.detail.slug).to.equal('nadia-okafor');
    expect(event.detail).to.equal(el.model);

    const avatar = part<HTMLImageElement>(el, 'img[part="avatar"]');
    expect(avatar.src).to.match(/\/media\/avatar-nadia-okafor\.svg$/);
    // The name is right next to it: the avatar is decorative.
    expect(avatar.alt).to.equal('');
    const name = part(el, 'h3[part="name"]');
    expect(textOf(name)).to.equal('Nadia Okafor');
    expect(name.querySelector('a')!.href).to.equal('https://example.org/people/nadia-okafor');
    expect(part(el, '[part="role"]').textContent).to.equal('City Editor');
    expect(textOf(part(el, '[part="text"]'))).to.match(/^Nadia has covered Port Merrow’s council, courts and neighbourhoods since 2014\./);
    const links = Array.from(part(el, '[part="links"]').querySelectorAll('a'));
    expect(links.map((a) => [a.textContent, a.href])).to.deep.equal([
      ['Website', 'https://example.org/people/nadia-okafor'],
      ['Mastodon', 'https://social.example.org/@nadia'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows initials when the author has no avatar', async () => {
    const { el } = await load<NewsAuthorBio>(html`<news-author-bio endpoint=${endpoint} author="ben-carraway"></news-author-bio>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    const initials = part(el, '[part="avatar"]');
    expect(initials.textContent).to.equal('BC');
    expect(initials.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(part(el, '[part="name"]'))).to.equal('Ben Carraway');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    const el = fixtureSync<NewsAuthorBio>(html`<news-author-bio endpoint=${delayed(300)} author="leila-haddad"></news-author-bio>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="skeleton"]')).not.to.equal(null);
    expect(shadow(el).querySelector('[part="bio"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await until(() => el.model !== undefined);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(shadow(el).querySelector('[part="skeleton"]')).to.equal(null);
    expect(textOf(part(el, '[part="name"]'))).to.equal('Leila Haddad');
  });

  it('shows an error with Retry for an unknown author', async () => {
    const { el, event } = await load<NewsAuthorBio>(html`<news-author-bio endpoint=${endpoint} author="nobody-at-all"></news-author-bio>`);
    expect(event.detail.error.code).to.equal('not-found');
    expect(textOf(part(el, '[part="error"]'))).to.contain('This content could not be found.');
    expect(part(el, 'button[part="retry"]').textContent).to.equal('Retry');
    await expect(el).to.be.accessible();
  });

  it('fails with a config error naming the author attribute when it is empty', async () => {
    const { el, event } = await load<NewsAuthorBio>(html`<news-author-bio endpoint=${endpoint} author=""></news-author-bio>`);
    expect(event.detail.error.code).to.equal('config');
    expect(event.detail.error.field).to.equal('author');
    expect(textOf(part(el, '[part="error"]'))).to.contain('has an empty author attribute');
  });

  it('renders a .data author without a request', async () => {
    const el = fixtureSync<NewsAuthorBio>(html`<news-author-bio endpoint=${delayed(141)} .data=${author}></news-author-bio>`);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(textOf(part(el, '[part="name"]'))).to.equal('Ada Quill');
    expect(part(el, '[part="avatar"]').textContent).to.equal('AQ');
    expect(await served('/delay/141/api/authors/data-author')).to.deep.equal({ count: 0, abandoned: 0 });
    await expect(el).to.be.accessible();
  });
});
