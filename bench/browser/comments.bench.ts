/**
 * Runs in Chromium (bundled by bench/browser-runner.ts): <news-comments>
 * showing a page of 50 comments, and a thread of 1,000 comments with 3,000
 * replies, timed from a fresh element getting its article-id until the list
 * is in the DOM and laid out, against a hand-written vanilla custom element
 * doing the same (loading state, the client's answer, the same markup in a
 * shadow root with the same stylesheets: Reply buttons, replies saying whom
 * they answer, "Show N more replies").
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

/** 1,000 comments with 3,000 replies: 3 under each, and every tenth comment with 2 more behind "Show 2 more replies". */
const thread: Page<Comment> = {
  items: Array.from({ length: 1000 }, (_, i) => {
    const id = `t${i}`;
    const replies = Array.from({ length: 3 }, (_, j) =>
      comment(10_000 + i * 3 + j, { id: `${id}r${j}`, articleId: ARTICLE, parentId: id, body: TEXTS[(i + j + 1) % TEXTS.length]!, createdAt: new Date(now - j * 60_000).toISOString() }),
    );
    return {
      ...comment(i + 1, { id, articleId: ARTICLE, body: TEXTS[i % TEXTS.length]!, createdAt: new Date(now - (1000 - i) * 3_600_000).toISOString() }),
      replyCount: i % 10 === 0 ? 5 : 3,
      replies,
      repliesCursor: i % 10 === 0 ? 'more' : null,
    };
  }),
  nextCursor: null,
};
const threadClient = { listComments: () => Promise.resolve(thread) } as unknown as NewsClient;

const fullDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1]];
function ago(date: Date): string {
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  return relative.format(Math.trunc(seconds / size), unit);
}

/** One comment or reply as one would write it by hand: the same markup as the element's. */
function entry(c: Comment, answering?: string): Node[] {
  const date = new Date(c.createdAt);
  const meta = node('p', { class: 'meta' });
  meta.append(node('bdi', { part: 'author' }, c.authorName), ' ');
  if (answering) {
    const to = node('span', { part: 'answering' }, 'replying to ');
    to.append(node('bdi', {}, answering));
    meta.append(to, ' ');
  }
  meta.append(node('time', { part: 'date', datetime: c.createdAt, title: fullDate.format(date) }, ago(date)));
  return [meta, node('p', { part: 'body', dir: 'auto' }, c.body), node('button', { part: 'reply', type: 'button', 'aria-label': `Reply to ${c.authorName}` }, 'Reply')];
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
      let count = 0;
      for (const c of items) {
        const li = node('li', { part: 'comment', class: '', 'data-id': c.id });
        li.append(...entry(c));
        const replies = c.replies ?? [];
        if (replies.length) {
          const list = node('ol', { part: 'replies' });
          for (const r of replies) {
            const item = node('li', { part: 'comment reply', class: '', 'data-id': r.id, tabindex: '-1' });
            item.append(...entry(r, c.authorName));
            list.append(item);
          }
          li.append(list);
        }
        const hidden = (c.replyCount ?? 0) - replies.length;
        if (hidden > 0) li.append(node('button', { part: 'more-replies', type: 'button', 'aria-busy': 'false' }, `Show ${hidden} more replies`));
        ol.append(li);
        count += 1 + (c.replyCount ?? 0);
      }
      heading.textContent = `${count.toLocaleString('en')} comments`;
      status.replaceWith(ol);
      section.setAttribute('aria-busy', 'false');
    });
  }
}
customElements.define('vanilla-comments', VanillaComments);

async function comments(source: NewsClient, expected: number) {
  const el = document.createElement('news-comments');
  el.client = source;
  el.setAttribute('article-id', ARTICLE);
  stage.replaceChildren(el);
  const list = () => el.shadowRoot?.querySelector('[part="list"]');
  for (let i = 0; list()?.childElementCount !== expected; i++) {
    if (i === 10) throw new Error(`<news-comments> did not show the ${expected} comments`);
    await el.updateComplete;
  }
  void list()!.getBoundingClientRect();
}

async function commentsVanilla(source: NewsClient) {
  const el = document.createElement('vanilla-comments') as VanillaComments;
  el.client = source;
  el.setAttribute('article-id', ARTICLE);
  stage.replaceChildren(el);
  await el.loaded;
  void el.shadowRoot!.querySelector('[part="list"]')!.getBoundingClientRect();
}

export async function runCommentsBench(samples = 21, warmup = 5) {
  return [
    await compareAsync(
      '<news-comments> 50 comments, article-id to list',
      ['<news-comments>', () => comments(client, 50)],
      ['vanilla custom element', () => commentsVanilla(client)],
      { samples, warmup },
    ),
    // Fewer samples: each one builds some 4,000 list items.
    await compareAsync(
      '<news-comments> 1,000 comments + 3,000 replies',
      ['<news-comments>', () => comments(threadClient, 1000)],
      ['vanilla custom element', () => commentsVanilla(threadClient)],
      { samples: Math.max(1, Math.ceil(samples / 2)), warmup: Math.min(warmup, 2) },
    ),
  ];
}
