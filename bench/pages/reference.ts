// Reads the styles of <news-article-card> as the browser holds them (its shadow root's adopted
// stylesheets), so that the other contenders use exactly the library's CSS, and writes the same
// rules for pages without shadow DOM: `:host` becomes the element standing in for the host, and
// every other selector is scoped inside it.
import type { NewsArticleCard } from '../../src/index.js';
import { HOST_CLASS } from './card-text.js';
import type { CardStyles } from './harness.js';
import { cardModels } from './models.js';

declare global {
  interface Window {
    reference?: { styles(): Promise<CardStyles> };
  }
}

/** Splits a selector list at its top-level commas (not those inside `:is(…)` or `:not(…)`). */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    const character = list[index];
    if (character === '(' || character === '[') depth++;
    else if (character === ')' || character === ']') depth--;
    else if (character === ',' && depth === 0) {
      parts.push(list.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}

function scoped(selector: string): string {
  const host = `.${HOST_CLASS}`;
  if (selector.startsWith(':host(')) {
    let depth = 0;
    for (let index = ':host'.length; index < selector.length; index++) {
      if (selector[index] === '(') depth++;
      else if (selector[index] === ')' && --depth === 0) {
        return `${host}${selector.slice(':host('.length, index)}${selector.slice(index + 1)}`;
      }
    }
  } else if (/^:host(?![-\w])/.test(selector)) {
    return `${host}${selector.slice(':host'.length)}`;
  }
  if (/:host|::slotted|::part/.test(selector)) throw new Error(`No light-DOM form for the selector ${selector}`);
  return `${host} ${selector}`;
}

function lightRules(rules: CSSRuleList): string {
  return Array.from(rules, (rule) => {
    if (rule instanceof CSSStyleRule) {
      if (rule.cssRules.length) throw new Error(`Nested rules are not handled: ${rule.cssText}`);
      return `${selectors(rule.selectorText).map(scoped).join(',')}{${rule.style.cssText}}`;
    }
    if (rule instanceof CSSMediaRule) return `@media ${rule.conditionText}{${lightRules(rule.cssRules)}}`;
    if (rule instanceof CSSContainerRule) return `@container ${rule.conditionText}{${lightRules(rule.cssRules)}}`;
    if (rule instanceof CSSSupportsRule) return `@supports ${rule.conditionText}{${lightRules(rule.cssRules)}}`;
    if (rule instanceof CSSKeyframesRule) return rule.cssText;
    throw new Error(`Unexpected rule in the card's styles: ${rule.cssText}`);
  }).join('\n');
}

window.reference = {
  async styles() {
    await customElements.whenDefined('news-article-card');
    const card = document.createElement('news-article-card') as NewsArticleCard;
    card.data = cardModels(1)[0];
    document.body.append(card);
    await card.updateComplete;
    const sheets = card.shadowRoot!.adoptedStyleSheets;
    if (!sheets.length || card.shadowRoot!.querySelector('style')) throw new Error('<news-article-card> no longer uses adopted stylesheets alone.');
    const shadow = sheets.map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
    const light = sheets.map((sheet) => lightRules(sheet.cssRules)).join('\n');
    card.remove();
    return { shadow, light };
  },
};
