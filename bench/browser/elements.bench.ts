/**
 * Runs in Chromium (bundled by bench/browser-runner.ts): first render of
 * <news-latest-articles> with 50 cards and of <news-share-bar> with every
 * target, each against vanilla DOM code building the same markup in a shadow
 * root with the same stylesheet. Candidate and baseline alternate in one page.
 */
import '../../src/components/latest-articles/index.js';
import '../../src/components/share-bar/index.js';
import type { NewsLatestArticles } from '../../src/components/latest-articles/news-latest-articles.js';
import type { NewsShareBar } from '../../src/components/share-bar/news-share-bar.js';
import { styles as latestStyles } from '../../src/components/latest-articles/news-latest-articles.styles.js';
import { styles as shareStyles } from '../../src/components/share-bar/news-share-bar.styles.js';
import { INTENTS, NETWORK_NAMES, intentUrl } from '../../src/components/share-bar/share-intents.js';
import { summary } from '../../test/fixtures/data.js';
import { compareAsync } from '../harness.js';
import { host, node, stage } from './dom.js';

const items = Array.from({ length: 50 }, (_, i) =>
  summary(i, { lead: 'After three years of building, the library opens its doors on Monday.', image: { src: `/img/${i}.jpg`, alt: 'A photo', width: 1200, height: 675 } }),
);
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const fullFormat = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' });

async function latest() {
  const el = document.createElement('news-latest-articles') as NewsLatestArticles;
  el.setAttribute('layout', 'cards');
  el.setAttribute('limit', '50');
  el.items = items;
  stage.replaceChildren(el);
  await el.updateComplete;
  void el.shadowRoot!.firstElementChild!.getBoundingClientRect();
}

async function latestVanilla() {
  const { el, root } = host(latestStyles);
  const section = node('section', { part: 'base', dir: 'ltr', 'aria-label': 'Latest Articles' });
  section.append(node('h2', { part: 'heading' }, 'Latest Articles'));
  const ol = node('ol', { part: 'list' });
  for (const a of items) {
    // The same markup as the element's cards: ids, language and direction on each text, the full date on hover.
    const li = node('li', { part: 'item', 'data-id': a.id });
    const image = node('div', { class: 'image' });
    image.append(node('img', { part: 'image', src: a.image!.src, alt: a.image!.alt, width: '1200', height: '675', loading: 'lazy', decoding: 'async' }));
    const text = { lang: a.lang, dir: 'ltr' };
    const title = node('a', { part: 'link', class: 'title', href: a.url, ...text }, a.title);
    const date = new Date(a.publishedAt);
    const line = node('span', { class: 'line' });
    line.append(node('time', { part: 'date', datetime: a.publishedAt, title: fullFormat.format(date) }, dateFormat.format(date)));
    li.append(image, node('span', { part: 'section', class: 'line', ...text }, a.section.name), title, node('p', { part: 'lead', class: 'lead', ...text }, a.lead!), line);
    ol.append(li);
  }
  section.append(ol);
  root.append(section);
  stage.replaceChildren(el);
  void section.getBoundingClientRect();
}

const ALL = 'native copy email x facebook linkedin whatsapp telegram reddit bluesky mastodon threads vk pinterest print';
const content = { url: 'https://news.example.org/en/news/1', title: 'City council opens the new library', text: 'After three years', image: 'https://news.example.org/i.jpg', mastodon: 'mastodon.social' };

async function share() {
  const el = document.createElement('news-share-bar') as NewsShareBar;
  el.networks = ALL;
  el.url = content.url;
  el.title = content.title;
  el.image = content.image;
  stage.replaceChildren(el);
  await el.updateComplete;
  void el.shadowRoot!.firstElementChild!.getBoundingClientRect();
}

async function shareVanilla() {
  const { el, root } = host(shareStyles);
  const base = node('div', { part: 'base', dir: 'ltr' });
  base.append(node('span', { part: 'label' }, 'Share'));
  const ul = node('ul', { part: 'list' });
  for (const target of Object.keys(INTENTS) as (keyof typeof INTENTS)[]) {
    const li = node('li', { part: 'item' });
    const name = target === 'email' ? 'Email' : NETWORK_NAMES[target];
    const a = node('a', { part: `target ${target}`, href: intentUrl(target, { ...content, mail: `${content.title}\n${content.url}` } as never), target: '_blank', rel: 'noopener noreferrer', title: name });
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
    a.append(svg, node('span', { part: 'text' }, name));
    li.append(a);
    ul.append(li);
  }
  for (const action of ['Copy link', 'Print']) {
    const li = node('li', { part: 'item' });
    li.append(node('button', { type: 'button', part: 'target' }, action));
    ul.append(li);
  }
  base.append(ul);
  root.append(base);
  stage.replaceChildren(el);
  void base.getBoundingClientRect();
}

export async function runElementsBench(samples = 21, warmup = 5) {
  return [
    await compareAsync('<news-latest-articles> 50 cards', ['<news-latest-articles>', latest], ['vanilla createElement', latestVanilla], { samples, warmup }),
    await compareAsync('<news-share-bar> 15 targets', ['<news-share-bar>', share], ['vanilla createElement', shareVanilla], { samples, warmup }),
  ];
}
