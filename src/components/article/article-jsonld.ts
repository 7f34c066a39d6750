/** JSON-LD of an article in its element's light DOM; loaded only by `emit-jsonld`. */
import type { Article } from '../../sdk/schemas.js';
import { articleJsonLd, serializeJsonLd } from '../../sdk/seo.js';

export function placeJsonLd(host: HTMLElement, article: Article): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-news-jsonld]');
  script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
  script.setAttribute('data-news-jsonld', '');
  // A text node, not textContent: JSON-LD is data, and this is no Trusted Types script sink.
  script.replaceChildren(document.createTextNode(serializeJsonLd(articleJsonLd(article, { baseUrl: location.href }))));
  if (!script.isConnected) host.append(script);
}
