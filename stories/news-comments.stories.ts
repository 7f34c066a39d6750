import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/comments/index.js';
import type { Comment } from '../src/sdk/schemas.js';
import { comment } from '../test/fixtures/data.js';
import { storyClient } from '../test/support/fake-client.js';

const THREADS: Record<string, Partial<Comment>[]> = {
  en: [
    { authorName: 'Ali', body: 'Finally! The old branch closed at six, far too early for anyone who works.' },
    { authorName: 'Sara', body: 'Will the children\'s floor be open on weekends too?' },
    { authorName: 'مریم', body: 'Great news — and the Persian section is twice the size now.' },
  ],
  ar: [
    { authorName: 'علي', body: 'أخيرًا! كانت المكتبة القديمة تغلق في السادسة.' },
    { authorName: 'سارة', body: 'هل سيفتح طابق الأطفال في عطلة نهاية الأسبوع أيضًا؟' },
  ],
  fa: [
    { authorName: 'علی', body: 'بالاخره! شعبه قدیمی ساعت شش تعطیل می‌شد.' },
    { authorName: 'سارا', body: 'آیا طبقه کودکان آخر هفته‌ها هم باز است؟ ممنون از گزارش.' },
  ],
  ur: [
    { authorName: 'علی', body: 'آخرکار! پرانی لائبریری چھ بجے بند ہو جاتی تھی۔' },
    { authorName: 'سارہ', body: 'کیا بچوں کی منزل ہفتے کے آخر میں بھی کھلی رہے گی؟' },
  ],
};

/** The locale's comments; the first has two replies shown (the others' words) and two more behind "Show 2 more replies". */
const page = (lang: string) => {
  const thread = THREADS[lang] ?? THREADS.en!;
  const at = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
  const replies = thread.slice(1).map((c, i) => comment(20 + i, { ...c, parentId: 'c1', createdAt: at(5 - i) }));
  return {
    items: thread.map((c, i) => ({
      ...comment(i + 1, { ...c, createdAt: at(10 - i) }),
      ...(i === 0 && { replies, replyCount: replies.length + 2, repliesCursor: 'more' }),
    })),
    nextCursor: null,
  };
};

/** The approved comments of an article: bodies as plain text in their own direction, names isolated, times relative. */
const meta: Meta<{ lang: string }> = {
  title: 'Elements/news-comments',
  component: 'news-comments',
  args: { lang: '' },
  argTypes: { lang: { control: 'select', options: ['', 'en', 'ar', 'fa', 'ur'] } },
  render: ({ lang }) => html`<news-comments lang=${lang || nothing} article-id="4711" .client=${storyClient(page(lang || 'en'))}></news-comments>`,
};
export default meta;

type Story = StoryObj<{ lang: string }>;

export const English: Story = { args: { lang: 'en' } };
export const Arabic: Story = { args: { lang: 'ar' }, globals: { locale: 'ar' } };
export const Persian: Story = { args: { lang: 'fa' }, globals: { locale: 'fa' } };
export const Urdu: Story = { args: { lang: 'ur' }, globals: { locale: 'ur' } };
export const Loading: Story = { render: () => html`<news-comments article-id="4711" .client=${storyClient('loading')}></news-comments>` };
export const Empty: Story = { render: () => html`<news-comments article-id="4711" .client=${storyClient({ items: [], nextCursor: null })}></news-comments>` };
export const Error: Story = { render: () => html`<news-comments article-id="4711" .client=${storyClient(503)}></news-comments>` };
export const MorePages: Story = {
  render: () =>
    html`<news-comments article-id="4711" .client=${storyClient({ items: Array.from({ length: 50 }, (_, i) => comment(i + 1)), nextCursor: 'next' })}></news-comments>`,
};
/** `loading="lazy"` far below the fold: a heading and reserved space until it comes near the viewport (scroll down) or the page is idle. */
export const Lazy: Story = {
  render: () => html`<p>Scroll down: the comments load when they come near.</p>
    <div style="block-size: 150vh"></div>
    <news-comments loading="lazy" article-id="4711" .client=${storyClient(page('en'))}></news-comments>`,
};
