import { createRequire } from 'node:module';

/**
 * Reading server-rendered HTML as a browser would build it, with parse5 (the parser @lit-labs/ssr
 * uses). A declarative shadow root is a `<template shadowrootmode>` child: its content is the
 * element's shadow root.
 */
export interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
  data?: string;
}

const require = createRequire(createRequire(import.meta.url).resolve('@lit-labs/ssr/package.json'));
const parse5 = require('parse5') as { parseFragment(html: string): Node };

export const parse = (html: string): Node => parse5.parseFragment(html);

export const attribute = (node: Node, name: string): string | undefined => node.attrs?.find((attr) => attr.name === name)?.value;

/** The element's shadow root, as the page's parser attaches it. */
export function shadowOf(element: Node): Node {
  const template = element.childNodes?.find((child) => child.tagName === 'template' && attribute(child, 'shadowrootmode') === 'open');
  if (!template?.content) throw new Error(`<${element.tagName}> has no declarative shadow root`);
  return template.content;
}

/** Every element under `root` (not inside shadow roots) that matches. */
export function all(root: Node, test: (element: Node) => boolean): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === 'template' && attribute(child, 'shadowrootmode')) continue;
      if (child.tagName && test(child)) found.push(child);
      visit(child.tagName === 'template' && child.content ? child.content : child);
    }
  };
  visit(root);
  return found;
}

export function one(root: Node, test: (element: Node) => boolean, what = 'element'): Node {
  const found = all(root, test);
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0];
}

export const tag = (name: string) => (element: Node) => element.tagName === name;
export const part = (name: string) => (element: Node) => (attribute(element, 'part') ?? '').split(' ').includes(name);

/** The text a reader sees: no styles, scripts or comments. */
export function text(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName === 'style' || node.tagName === 'script') return '';
  return (node.childNodes ?? []).map(text).join('');
}

/** The same with whitespace collapsed. */
export const words = (node: Node) => text(node).replace(/\s+/g, ' ').trim();
