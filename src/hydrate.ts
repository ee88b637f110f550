/**
 * `news-widgets/hydrate`, and the script-tag bundle `dist/news-widgets-ssr.js`: the elements for
 * pages rendered by `news-widgets/ssr`. It loads Lit's hydration support before Lit itself, then
 * registers every element: each one upgrades over the HTML its server wrote, takes the model from
 * it (no request) and hydrates what is on screen (no second render, no skeleton). Elements that
 * were not server-rendered work as usual.
 *
 * It must be the first module of the page to load Lit: hydration support patches `LitElement` as
 * Lit loads. Pages without server-rendered elements use `news-widgets.js`, which is smaller.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { define } from './index.js';
import { loadStrings, readerOf, stringsFor } from './i18n/index.js';
import { setBeforeHydration } from './internal/hydration.js';

export * from './index.js';

/**
 * Unless its host holds it back (`defer-hydration`, written by the server on nested elements), an
 * element waits for the strings of its language before it hydrates: its first render must be the
 * server's (no skeleton, no `aria-busy`), and a language other than English loads.
 */
setBeforeHydration((element) => {
  if (element.hasAttribute('defer-hydration')) return;
  const { lang } = readerOf(element, (element.data as { language?: string } | undefined)?.language);
  if (stringsFor(lang)) return;
  // @lit-labs/ssr-client's hydration support holds a deferred element back until the attribute goes.
  element.setAttribute('defer-hydration', '');
  void loadStrings(lang).then(() => element.removeAttribute('defer-hydration'));
});

/**
 * Declarative shadow DOM where the parser does not attach it (Firefox before 123): each
 * `<template shadowrootmode>` becomes its host's shadow root, nested ones too, before the elements
 * upgrade, so that they hydrate what the server wrote. The content appears when this script runs,
 * not before: templates are not shown.
 */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({
      mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open',
      delegatesFocus: template.hasAttribute('shadowrootdelegatesfocus'),
    });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

if (!('shadowRootMode' in HTMLTemplateElement.prototype)) attachDeclarativeShadowRoots(document);

define();
