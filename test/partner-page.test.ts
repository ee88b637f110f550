// A partner's page must not depend on the publisher's server: the demo's partner page (demo/partner/,
// the README's partner snippet) is loaded in a frame while the publisher's script hangs. The page
// paints and its own scripts run (DOMContentLoaded) without it, and the widget's place is already
// reserved by the page's CSS. When the script arrives, the widget shows its skeleton, then its
// articles, and nothing on the page moves: what follows the widget stays where it was (every engine),
// and Chromium reports no layout shift at all.
import { expect } from '@open-wc/testing';
import { delayed, until } from './helpers.js';

const WIDTH = 420;

/** Resolves after `win` has rendered two frames; never, while its rendering is blocked. */
const frames = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

describe('the partner page, while the publisher\'s script hangs', function () {
  this.timeout(30000);

  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('paints, runs its own scripts and keeps the widget\'s place; once the script arrives, nothing moves', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    frame = document.createElement('iframe');
    frame.title = 'Partner page';
    // One column, as on a phone: the widget is above the footer, which would move if it grew or shrank.
    frame.style.cssText = `display: block; border: 0; inline-size: ${WIDTH}px; block-size: 560px`;
    frame.src = `/__partner/index.html?key=${key}&endpoint=${encodeURIComponent(delayed(700))}`;
    document.body.prepend(frame);

    await until(async () => (await (await fetch(`/__partner/requested?key=${key}`)).json()).requested);
    await until(() => Boolean(frame.contentDocument?.querySelector('footer')));
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const widget = doc.querySelector('news-related-articles')!;
    const footer = doc.querySelector('footer')!;
    const shifts: number[] = [];
    const layoutShifts = win.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = new win.PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)));
    if (layoutShifts) observer.observe({ type: 'layout-shift', buffered: true });

    // The script is still held back, and the page goes on without it.
    await until(() => win.performance.getEntriesByType('navigation')[0]?.toJSON().domContentLoadedEventStart > 0, 5000).catch(() => {
      throw new Error('DOMContentLoaded never came: the page\'s own scripts wait for the publisher\'s');
    });
    let painted = false;
    void frames(win).then(() => (painted = true));
    await until(() => painted, 5000).catch(() => {
      throw new Error('No frame was rendered: the page waits for the publisher\'s script before it paints');
    });
    if (win.PerformanceObserver.supportedEntryTypes.includes('paint')) {
      await until(() => win.performance.getEntriesByType('paint').some(({ name }) => name === 'first-contentful-paint'));
    }
    expect(win.customElements.get('news-related-articles'), 'the publisher\'s script has not run yet').to.equal(undefined);
    expect(doc.querySelector('.post__title')!.getBoundingClientRect().height, 'the post is laid out').to.be.above(0);

    // In view, so that Chromium would report a shift of the widget or of what follows it.
    win.scrollTo(0, doc.querySelector('.sidebar')!.getBoundingClientRect().top + win.scrollY - 16);
    await frames(win);
    const place = () => ({ top: widget.getBoundingClientRect().top + win.scrollY, height: widget.getBoundingClientRect().height, footer: footer.getBoundingClientRect().top + win.scrollY });
    const reserved = place();
    expect(reserved.height, 'the widget\'s place is reserved').to.be.above(0);

    await fetch(`/__partner/release?key=${key}`);
    await until(() => Boolean(widget.shadowRoot?.querySelector('[part="skeleton"]')), 8000);
    const skeleton = place();
    await frames(win);
    await until(() => !widget.hasAttribute('aria-busy') && widget.shadowRoot!.querySelectorAll('news-article-card').length === 4, 8000);
    await Promise.all(Array.from(widget.shadowRoot!.querySelectorAll('news-article-card'), (card) => (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await frames(win);
    const loaded = place();

    expect({ skeleton, loaded }).to.deep.equal({ skeleton: reserved, loaded: reserved });
    if (layoutShifts) {
      observer.takeRecords().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value));
      observer.disconnect();
      expect(shifts.reduce((sum, value) => sum + value, 0), 'Cumulative Layout Shift of the partner page').to.equal(0);
    }
  });
});
