/**
 * Runs in Chromium (bundled by bench/browser-runner.ts): <news-comments>
 * showing a page of 50 comments, timed from a fresh element getting its
 * article-id until the list is in the DOM and laid out, against a
 * hand-written vanilla custom element doing the same (loading state, the
 * client's answer, the same markup in a shadow root with the same stylesheets).
 * Both get the page from a stub client that answers at once with data already
 * parsed: the SDK's parsing has its own benchmark, this one is about rendering.
 */
import '../../src/components/comments/index.js';
import { NewsComments } from '../../src/components/comments/news-comments.js';
import type { NewsClient } from '../../src/sdk/client.js';
import type { Comment, Page } from '../../src/sdk/schemas.js';
import { comment } from '../../test/fixtures/data.js';
import { compareAsync } from '../harness.js';
import { node, sheets, stage } from './dom.js';

const ARTICLE = '4711';
const TEXTS = [
  'Good to see the library finally open. The opening hours on Sundays are what I was hoping for.',
  'کتابخانه‌ی تازه خیلی زیباست، ولی پارکینگ کافی ندارد.',
  'Will there be a children’s corner? My kids would love it, and the old one closed years ago.',
  'شكراً على التقرير. هل سيكون هناك قسم للكتب العربية؟',
];
const now = Date.now();
const page: Page<Comment> = {
  items: Array.from({ length: 50 }, (_, i) =>
    comment(i + 1, { articleId: ARTICLE, body: TEXTS[i % TEXTS.length]!, createdAt: new Date(now - (50 - i) * 7 * 3_600_000).toISOString() }),
  ),
  nextCursor: null,
};
const client = { listComments: () => Promise.resolve(page) } as unknown as NewsClient;

const fullDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1]];
function ago(date: Date): string {
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  return relative.format(Math.trunc(seconds / size), unit);
}

/** What one would write by hand: a loading state, then the list once the client answers. */
class VanillaComments extends HTMLElement {
  client?: NewsClient;
  loaded?: Promise<void>;
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets(NewsComments.styles!);
    const section = node('section', { part: 'base', dir: 'ltr', 'aria-busy': 'true' });
    const heading = node('h2', { part: 'heading' }, 'Comments');
    const status = node('p', { part: 'status', role: 'status' }, 'Loading comments…');
    section.append(heading, status);
    root.append(section);
    this.loaded = this.client!.listComments(this.getAttribute('article-id')!).then(({ items }) => {
      const ol = node('ol', { part: 'list' });
      for (const c of items) {
        const date = new Date(c.createdAt);
        const meta = node('p', { class: 'meta' });
        meta.append(node('bdi', { part: 'author' }, c.authorName), ' ', node('time', { part: 'date', datetime: c.createdAt, title: fullDate.format(date) }, ago(date)));
        const li = node('li', { part: 'comment', class: '' });
        li.append(meta, node('p', { part: 'body', dir: 'auto' }, c.body));
        ol.append(li);
      }
      heading.textContent = `${items.length} comments`;
      status.replaceWith(ol);
      section.setAttribute('aria-busy', 'false');
    });
  }
}
customElements.define('vanilla-comments', VanillaComments);

async function comments() {
  const el = document.createElement('news-comments');
  el.client = client;
  el.setAttribute('article-id', ARTICLE);
  stage.replaceChildren(el);
  const list = () => el.shadowRoot?.querySelector('[part="list"]');
  for (let i = 0; list()?.childElementCount !== 50; i++) {
    if (i === 10) throw new Error('<news-comments> did not show the 50 comments');
    await el.updateComplete;
  }
  void list()!.getBoundingClientRect();
}

async function commentsVanilla() {
  const el = document.createElement('vanilla-comments') as VanillaComments;
  el.client = client;
  el.setAttribute('article-id', ARTICLE);
  stage.replaceChildren(el);
  await el.loaded;
  void el.shadowRoot!.querySelector('[part="list"]')!.getBoundingClientRect();
}

export async function runCommentsBench(samples = 21, warmup = 5) {
  return [
    await compareAsync('<news-comments> 50 comments, article-id to list', ['<news-comments>', comments], ['vanilla custom element', commentsVanilla], { samples, warmup }),
  ];
}
