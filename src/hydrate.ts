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

export * from './index.js';

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
