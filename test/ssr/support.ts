/**
 * Reading what news-elements/ssr wrote the way a browser parses it: jsdom's HTML parser (the spec's)
 * keeps a declarative shadow root as a `<template shadowrootmode>`, whose content is the shadow tree.
 */
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';

export interface Parsed {
  /** The element itself, as the page would hold it. */
  host: Element;
  /** What its declarative shadow root holds (the template's content). */
  shadow: DocumentFragment;
}

export function parse(markup: string, tagName: string): Parsed {
  const { document } = new JSDOM(`<!doctype html><body>${markup}</body>`).window;
  const host = document.body.firstElementChild;
  assert.equal(host?.localName, tagName, `the markup starts with <${tagName}>: ${markup.slice(0, 200)}`);
  assert.equal(document.body.children.length, 1, 'one element, nothing around it');
  const template = host.firstElementChild;
  assert.equal(template?.localName, 'template', 'the first child is the declarative shadow root');
  assert.equal(template.getAttribute('shadowrootmode'), 'open');
  return { host, shadow: (template as HTMLTemplateElement).content };
}

/** The text of a node with its runs of white space as one space. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
