import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NewsImpressionEvent } from './events.js';

/**
 * `news-impression`, by the IAB/MRC viewability rule for display: at least half of a card in view
 * for one continuous second, while the page is visible. One IntersectionObserver serves every card
 * on the page; each card in view has one timer, cancelled as soon as the card drops below half or
 * the page is hidden (another tab, a minimised window), and started afresh when both hold again.
 */
const VISIBLE_RATIO = 0.5;
const VISIBLE_MS = 1000;

/** A card that reports impressions: it knows its place in its list when the second is up. */
export type ImpressionCard = HTMLElement & { readonly position: number };

interface Watching {
  slug: string;
  /** At least half of the card is in view (as last reported by the observer). */
  inView: boolean;
  /** When the current continuous second started (`performance.now()` time). */
  since?: number;
  timer?: ReturnType<typeof setTimeout>;
}

const watching = new Map<ImpressionCard, Watching>();
/** The article each card has reported: once per card per page view (a card given another article reports that one). */
const reported = new WeakMap<ImpressionCard, string>();
let observer: IntersectionObserver | undefined;

/**
 * Reports the card's impression: it watches the card while it shows an article and is on the page,
 * so a card that never loads (or fails) costs nothing. `slug` is the article shown, if any.
 */
export class ImpressionController implements ReactiveController {
  #card: ImpressionCard & ReactiveControllerHost;
  #slug: () => string | undefined;

  constructor(card: ImpressionCard & ReactiveControllerHost, slug: () => string | undefined) {
    this.#card = card;
    this.#slug = slug;
    card.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    const slug = this.#slug();
    if (slug && this.#card.isConnected) watch(this.#card, slug);
    else unwatch(this.#card);
  }

  hostDisconnected(): void {
    unwatch(this.#card);
  }
}

function watch(card: ImpressionCard, slug: string): void {
  if (reported.get(card) === slug || watching.get(card)?.slug === slug) return;
  unwatch(card);
  if (!observer) {
    observer = new IntersectionObserver((entries) => entries.forEach(observed), { threshold: VISIBLE_RATIO });
    document.addEventListener('visibilitychange', visibilityChanged);
  }
  watching.set(card, { slug, inView: false });
  observer.observe(card);
}

/** An unfinished second is lost: a card that comes back starts a new one. */
function unwatch(card: ImpressionCard): void {
  const state = watching.get(card);
  if (!state) return;
  stop(state);
  watching.delete(card);
  observer!.unobserve(card);
}

function observed(entry: IntersectionObserverEntry): void {
  const card = entry.target as ImpressionCard;
  const state = watching.get(card);
  if (!state) return;
  state.inView = entry.isIntersecting && entry.intersectionRatio >= VISIBLE_RATIO;
  if (!state.inView) stop(state);
  // The second counts from when the card was seen (the entry's time), not from when we heard of it.
  else if (state.since === undefined) start(card, state, entry.time);
}

function visibilityChanged(): void {
  const visible = document.visibilityState === 'visible';
  for (const [card, state] of watching) {
    if (!visible) stop(state);
    else if (state.inView && state.since === undefined) start(card, state, performance.now());
  }
}

function start(card: ImpressionCard, state: Watching, since: number): void {
  if (document.visibilityState !== 'visible') return;
  state.since = since;
  // Checked against the clock each time: a timer may fire a little early, and then waits out the rest.
  const check = () => {
    const left = since + VISIBLE_MS - performance.now();
    if (left > 0) {
      state.timer = setTimeout(check, left);
      return;
    }
    reported.set(card, state.slug);
    unwatch(card);
    card.dispatchEvent(new NewsImpressionEvent({ slug: state.slug, position: card.position, element: card }));
  };
  check();
}

function stop(state: Watching): void {
  clearTimeout(state.timer);
  state.timer = state.since = undefined;
}
