// What every page of the card benchmarks shares: the timing from "data in hand" to "painted", and
// the page's API (`window.bench`) that bench/run.mjs drives.
import type { ArticleSummary } from '../../src/index.js';
import { cardModels } from './models.js';

/** One way of putting cards on the page. */
export interface Contender {
  /** Puts the cards on the page, at once or by scheduling the work (the harness waits for it). */
  render(models: ArticleSummary[]): void;
  /** How many cards are on the page with their content. */
  count(): number;
  /** Takes every card off the page. */
  remove(): void;
  /** The node that holds card number `index`'s markup: its shadow root, or the element standing in for its host. */
  cardRoot(index: number): ParentNode | null | undefined;
}

/** What a card looks like, to check that every contender shows the same thing. */
export interface CardSnapshot {
  /** Elements with their attributes (sorted) and text, whitespace-only text left out. */
  markup: string;
  /** The card's text as laid out (`innerText`). */
  text: string;
  /** Width and height of the title, summary and meta line, in CSS pixels. */
  boxes: Record<string, [number, number] | null>;
}

export interface CardsPage {
  /** Renders `count` cards; resolves the milliseconds from data in hand to the first frame that shows them all. */
  render(count: number): Promise<number>;
  /** Removes every card; resolves once a frame without them has been rendered, and one more. */
  remove(): Promise<void>;
  snapshot(index: number): CardSnapshot | null;
}

declare global {
  interface Window {
    bench?: CardsPage;
  }
}

/** Resolves in a task right after the next frame: its style, layout and paint are done. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
}

/** Resolves after the first frame rendered once `done()` holds (checked after every frame). */
export async function painted(done: () => boolean): Promise<void> {
  do await afterNextFrame();
  while (!done());
}

/** The container of the cards in every card page. */
export function cardsContainer(): HTMLElement {
  const container = document.querySelector<HTMLElement>('#cards');
  if (!container) throw new Error('The page has no #cards element.');
  return container;
}

export function exposeCards(contender: Contender): void {
  window.bench = {
    async render(count) {
      const models = cardModels(count);
      // Every contender starts right after a frame, so none is helped or hurt by where in the frame it starts.
      await afterNextFrame();
      const start = performance.now();
      contender.render(models);
      await painted(() => contender.count() === count);
      return performance.now() - start;
    },
    async remove() {
      contender.remove();
      await painted(() => contender.count() === 0);
      // Work a contender defers past the frame (React's passive effects, which detach the removed
      // fibers) has run by the end of the next one.
      await afterNextFrame();
    },
    snapshot(index) {
      const root = contender.cardRoot(index);
      const card = root?.querySelector<HTMLElement>('.card');
      if (!root || !card) return null;
      const box = (selector: string): [number, number] | null => {
        const rect = card.querySelector(selector)?.getBoundingClientRect();
        return rect ? [Math.round(rect.width * 2) / 2, Math.round(rect.height * 2) / 2] : null;
      };
      return {
        markup: Array.from(root.childNodes, serialize).join(''),
        text: card.innerText.replace(/\s+/g, ' ').trim(),
        boxes: { title: box('.title'), summary: box('.summary'), meta: box('.meta') },
      };
    },
  };
}

function serialize(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  // Not `instanceof Element`: a card in an iframe is made of that document's elements.
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const attributes = Array.from(element.attributes, ({ name, value }) => ` ${name}="${value}"`).sort();
  return `<${element.localName}${attributes.join('')}>${Array.from(element.childNodes, serialize).join('')}</${element.localName}>`;
}

/** The card styles the runner read from <news-article-card>: its shadow styles, and the same rules for a page without shadow DOM. */
export interface CardStyles {
  /** One CSS text per adopted stylesheet of the card's shadow root, in order. */
  shadow: string[];
  /** The same rules, `:host` written as `.nw-host`, every other selector scoped inside it. */
  light: string;
}

export async function cardStyles(): Promise<CardStyles> {
  const response = await fetch('/generated/card-styles');
  if (!response.ok) throw new Error('The runner has not provided the card styles (/generated/card-styles).');
  return response.json() as Promise<CardStyles>;
}
