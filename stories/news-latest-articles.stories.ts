import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/latest-articles/index.js';
import '../src/components/provider/index.js';
import { createNewsClient } from '../src/sdk/client.js';
import type { ArticleSummary } from '../src/sdk/schemas.js';
import { fakeClient, storyClient } from '../test/support/fake-client.js';
import { summary } from '../test/fixtures/data.js';

type Layout = 'list' | 'cards' | 'compact';
type Locale = 'en' | 'ar' | 'fa' | 'ur';

interface LatestArgs {
  lang: string;
  layout: Layout;
  limit: number;
  heading: string;
  headingLevel: number;
}

const IMAGE = { src: 'library.svg', alt: '', width: 1200, height: 675 };

const SAMPLES: Record<Locale, { section: string; titles: string[]; lead: string }> = {
  en: {
    section: 'Public',
    titles: ['City council opens the new public library', 'Heavy rain expected in the north this weekend', 'Schools add evening classes in eleven languages', 'The old bridge reopens after two years of repairs'],
    lead: 'After three years of building, the library opens its doors on Monday with 120,000 books.',
  },
  ar: {
    section: 'عام',
    titles: ['مجلس المدينة يفتتح المكتبة العامة الجديدة', 'توقع أمطار غزيرة في الشمال نهاية الأسبوع', 'المدارس تضيف دروسًا مسائية بإحدى عشرة لغة', 'إعادة افتتاح الجسر القديم بعد عامين من الإصلاح'],
    lead: 'بعد ثلاث سنوات من البناء، تفتح المكتبة أبوابها يوم الاثنين وتضم 120 ألف كتاب.',
  },
  fa: {
    section: 'عمومی',
    titles: ['شورای شهر کتابخانه عمومی جدید را افتتاح کرد', 'پیش‌بینی باران شدید در شمال در آخر هفته', 'مدرسه‌ها کلاس‌های شبانه به یازده زبان برگزار می‌کنند', 'پل قدیمی پس از دو سال تعمیر بازگشایی شد'],
    lead: 'پس از سه سال ساخت‌وساز، کتابخانه روز دوشنبه با ۱۲۰ هزار کتاب باز می‌شود.',
  },
  ur: {
    section: 'عوامی',
    titles: ['سٹی کونسل نے نئی پبلک لائبریری کا افتتاح کر دیا', 'اختتام ہفتہ شمال میں شدید بارش کی پیش گوئی', 'اسکولوں میں گیارہ زبانوں میں شام کی کلاسیں', 'پرانا پل دو سال کی مرمت کے بعد دوبارہ کھل گیا'],
    lead: 'تین سال کی تعمیر کے بعد لائبریری پیر کو ایک لاکھ بیس ہزار کتابوں کے ساتھ کھل جائے گی۔',
  },
};

const HOUR = 3_600_000;

/** Articles in a language, newest first: the first few hours old (relative dates), the rest older (dates). */
function items(lang: Locale, count: number): ArticleSummary[] {
  const { section, titles, lead } = SAMPLES[lang];
  return Array.from({ length: count }, (_, i) =>
    summary(i + 1, {
      lang,
      title: titles[i % titles.length]!,
      lead,
      url: `#${lang}-${i + 1}`,
      publishedAt: new Date(Date.now() - (i < 3 ? (i + 1) * 2 * HOUR : (i + 1) * 40 * HOUR)).toISOString(),
      section: { id: 'public', name: section, path: [section] },
      ...(i % 4 === 3 ? {} : { image: IMAGE }),
    }),
  );
}

/** A client over an in-memory list of 23 articles, five a page, so "Load more" follows real cursors. */
function pagingClient(lang: Locale) {
  const all = items(lang, 23);
  return createNewsClient({
    baseUrl: 'https://news.example.org/api',
    retries: 0,
    fetch: (async (input: RequestInfo | URL) => {
      const url = new URL((input as Request).url);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 5);
      await new Promise((r) => setTimeout(r, 400));
      const page = { items: all.slice(start, start + limit), nextCursor: start + limit < all.length ? String(start + limit) : null };
      return new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
}

/**
 * The latest articles: `list` (titles with dates), `cards` (image, section,
 * title, lead, date) or `compact` (numbered, for sidebars). While loading,
 * placeholders hold exactly the space of `limit` items. Titles keep their
 * own language and direction; the list runs from the right in ar, fa and ur.
 */
const meta: Meta<LatestArgs> = {
  title: 'Elements/news-latest-articles',
  component: 'news-latest-articles',
  args: { lang: '', layout: 'list', limit: 5, heading: '', headingLevel: 2 },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'ar', 'fa', 'ur'] },
    layout: { control: 'inline-radio', options: ['list', 'cards', 'compact'] },
    limit: { control: { type: 'number', min: 1, max: 20 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ lang, layout, limit, heading, headingLevel }) =>
    html`<news-latest-articles
      lang=${lang || nothing}
      layout=${layout}
      limit=${limit}
      heading=${heading || nothing}
      heading-level=${headingLevel}
      style=${layout === 'compact' ? 'max-inline-size:22rem' : nothing}
      .items=${items((lang || 'en') as Locale, limit)}
    ></news-latest-articles>`,
};
export default meta;

type Story = StoryObj<LatestArgs>;

const inLocale = (layout: Layout, lang: Locale): Story => ({ args: { layout, lang }, globals: { locale: lang } });

export const ListEnglish = inLocale('list', 'en');
export const ListArabic = inLocale('list', 'ar');
export const ListPersian = inLocale('list', 'fa');
export const ListUrdu = inLocale('list', 'ur');
export const CardsEnglish = inLocale('cards', 'en');
export const CardsArabic = inLocale('cards', 'ar');
export const CardsPersian = inLocale('cards', 'fa');
export const CardsUrdu = inLocale('cards', 'ur');
export const CompactEnglish = inLocale('compact', 'en');
export const CompactArabic = inLocale('compact', 'ar');
export const CompactPersian = inLocale('compact', 'fa');
export const CompactUrdu = inLocale('compact', 'ur');

/** Placeholders for `limit` items: the space the data will take. */
export const Loading: Story = {
  args: { layout: 'cards', limit: 3 },
  render: ({ layout, limit }) => html`<news-latest-articles layout=${layout} limit=${limit} .client=${storyClient('loading')}></news-latest-articles>`,
};
export const Empty: Story = {
  render: () => html`<news-latest-articles .client=${storyClient({ items: [], nextCursor: null })}></news-latest-articles>`,
};
export const Error: Story = {
  render: () => html`<news-latest-articles .client=${storyClient(503)}></news-latest-articles>`,
};
/** Many cards at once. */
export const ManyItems: Story = {
  args: { layout: 'cards', limit: 24 },
};
/** From a client through a provider: "Load more" follows the cursor; focus moves to the first new article. */
export const LoadMore: Story = {
  args: { layout: 'list' },
  render: ({ lang, layout }) =>
    html`<news-provider lang=${lang || nothing} .client=${pagingClient((lang || 'en') as Locale)}>
      <news-latest-articles layout=${layout} exclude="1002"></news-latest-articles>
    </news-provider>`,
};
/** Theming through custom properties and parts. */
export const Themed: Story = {
  args: { layout: 'cards', limit: 3 },
  render: ({ layout, limit }) => html`<style>
      .themed { --news-color-accent: #0b6e4f; --news-color-surface: #f3faf6; --news-radius: 1rem; --news-card-min-size: 12rem; }
      .themed::part(heading) { text-transform: uppercase; letter-spacing: 0.05em; }
    </style>
    <news-latest-articles class="themed" layout=${layout} heading="Around the city" .items=${items('en', limit)}></news-latest-articles>`,
};

/** `show-comment-counts`: each article's comment count, worded by the locale's plural rules and linked to its comments. */
const counted = (lang: Locale): Story => ({
  globals: { locale: lang },
  render: () => {
    const list = items(lang, 5);
    const client = fakeClient({
      'GET /comments/counts': () => ({ counts: Object.fromEntries(list.map((a, i) => [a.id, [0, 1, 2, 11, 120][i] ?? 3])) }),
    });
    return html`<news-latest-articles lang=${lang} show-comment-counts .items=${list} .client=${client}></news-latest-articles>`;
  },
});
export const CommentCountsEnglish = counted('en');
export const CommentCountsArabic = counted('ar');
export const CommentCountsPersian = counted('fa');
export const CommentCountsUrdu = counted('ur');
