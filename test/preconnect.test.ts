import { expect } from '@open-wc/testing';
import { configure, resetConfiguration, NewsError } from '../src/index.js';
import { endpoint, origin } from './helpers.js';

const hints = () => Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]'));

describe('configure({ preconnect })', () => {
  afterEach(() => {
    for (const link of hints()) link.remove();
    resetConfiguration();
  });

  it('adds one preconnect hint for the endpoint\'s origin, for credential-less CORS requests', () => {
    expect(hints()).to.have.length(0);
    configure({ endpoint, preconnect: true });
    configure({ preconnect: true });
    const [link, ...more] = hints();
    expect(more).to.have.length(0);
    expect(link.getAttribute('href')).to.equal(origin);
    // The elements' requests are CORS without credentials: only a crossorigin hint warms their connection.
    expect(link.crossOrigin).to.equal('anonymous');
  });

  it('warms up the endpoint of the meta tag as well', () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'news-widgets:endpoint', content: endpoint });
    document.head.append(meta);
    try {
      configure({ preconnect: true });
      expect(hints().map((link) => link.getAttribute('href'))).to.deep.equal([origin]);
    } finally {
      meta.remove();
    }
  });

  it('adds nothing without the option, or for the page\'s own origin', () => {
    configure({ endpoint });
    configure({ endpoint: '/api/', preconnect: true });
    expect(hints()).to.have.length(0);
  });

  it('refuses a value that is not a boolean, naming the option', () => {
    let error: unknown;
    try {
      configure({ endpoint, preconnect: 'yes' as unknown as boolean });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(NewsError);
    expect((error as NewsError).code).to.equal('config');
    expect((error as NewsError).field).to.equal('preconnect');
    expect(hints()).to.have.length(0);
  });
});
