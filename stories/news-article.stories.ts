import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/article/index.js';
import '../src/components/provider/index.js';
import { fakeClient, storyClient } from '../test/support/fake-client.js';
import type { Article } from '../src/sdk/schemas.js';
import { article } from '../test/fixtures/data.js';

interface ArticleArgs {
  lang: string;
  showId: boolean;
  headingLevel: number;
}

const IMAGE = {
  src: 'library.svg',
  alt: 'Illustration: the library building',
  width: 1200,
  height: 675,
  caption: 'The new public library on opening day',
};

const BODIES = {
  en: `<p>After three years of building, the city's new public library opens its doors on Monday. It holds <strong>120,000</strong> books in eleven languages.</p>
<blockquote><p>“A place for everyone, whatever language they read in,” the mayor said.</p></blockquote>
<h2>What is inside</h2><ul><li>A children's floor with reading rooms</li><li>Study desks for 300 people</li><li>A makerspace open until 10 pm</li></ul>
<p>Readers can <a href="https://example.org/hours">check opening hours online</a> or ask at the desk. The council will <q>review the budget next spring</q>.</p>
<table><caption>Visitors in the first week</caption><tr><th>Day</th><th>Visitors</th></tr><tr><td>Monday</td><td>4,210</td></tr><tr><td>Tuesday</td><td>3,876</td></tr></table>`,
  ar: `<p>بعد ثلاث سنوات من البناء، تفتح المكتبة العامة الجديدة في المدينة أبوابها يوم الاثنين، وتضم <strong>120 ألف</strong> كتاب بإحدى عشرة لغة.</p>
<blockquote><p>قال رئيس البلدية: <q>مكان للجميع، أيًّا كانت اللغة التي يقرؤون بها</q>.</p></blockquote>
<h2>ماذا في الداخل</h2><ul><li>طابق للأطفال مع غرف للقراءة</li><li>مكاتب دراسة تتسع لـ 300 شخص</li></ul>`,
  fa: `<p>پس از سه سال ساخت‌وساز، کتابخانه عمومی جدید شهر روز دوشنبه درهایش را باز می‌کند و <strong>۱۲۰ هزار</strong> کتاب به یازده زبان دارد.</p>
<blockquote><p>شهردار گفت: <q>جایی برای همه، به هر زبانی که می‌خوانند</q>.</p></blockquote>
<h2>در داخل چه هست</h2><ul><li>طبقه‌ای برای کودکان با اتاق‌های مطالعه</li><li>میز مطالعه برای ۳۰۰ نفر</li></ul>`,
  ur: `<p>تین سال کی تعمیر کے بعد شہر کی نئی پبلک لائبریری پیر کو اپنے دروازے کھول دے گی، جس میں گیارہ زبانوں کی <strong>ایک لاکھ بیس ہزار</strong> کتابیں ہیں۔</p>
<blockquote><p>میئر نے کہا: <q>یہ سب کے لیے ایک جگہ ہے، چاہے وہ کسی بھی زبان میں پڑھیں</q>۔</p></blockquote>
<h2>اندر کیا ہے</h2><ul><li>بچوں کے لیے ایک منزل اور مطالعے کے کمرے</li><li>تین سو افراد کے لیے میزیں</li></ul>`,
};

const LOCALIZED: Record<string, Partial<Article>> = {
  en: { bodyHtml: BODIES.en, image: IMAGE },
  ar: { lang: 'ar', title: 'مجلس المدينة يفتتح المكتبة العامة الجديدة', lead: 'بعد ثلاث سنوات من البناء تفتح المكتبة أبوابها يوم الاثنين.', bodyHtml: BODIES.ar, section: { id: 'public', name: 'عام', path: ['أخبار', 'عام'] }, author: { name: 'سارا أحمدي' }, tags: ['مكتبة', 'المدينة'], image: { ...IMAGE, caption: 'المكتبة الجديدة في يوم الافتتاح' } },
  fa: { lang: 'fa', title: 'شورای شهر کتابخانه عمومی جدید را افتتاح کرد', lead: 'پس از سه سال ساخت‌وساز، کتابخانه روز دوشنبه باز می‌شود.', bodyHtml: BODIES.fa, section: { id: 'public', name: 'عمومی', path: ['اخبار', 'عمومی'] }, author: { name: 'سارا احمدی' }, tags: ['کتابخانه', 'شهر'], image: { ...IMAGE, caption: 'کتابخانه جدید در روز افتتاح' } },
  ur: { lang: 'ur', title: 'سٹی کونسل نے نئی پبلک لائبریری کا افتتاح کر دیا', lead: 'تین سال کی تعمیر کے بعد لائبریری پیر کو کھل جائے گی۔', bodyHtml: BODIES.ur, section: { id: 'public', name: 'عوامی', path: ['خبریں', 'عوامی'] }, author: { name: 'سارہ احمدی' }, tags: ['لائبریری', 'شہر'], image: { ...IMAGE, caption: 'افتتاح کے دن نئی لائبریری' } },
};

/**
 * The full article: breadcrumb, headline, lead, meta line (dates, reading
 * time, views), hero image, the sanitized body, tags. Headline and body take
 * the article's own language and direction.
 */
const meta: Meta<ArticleArgs> = {
  title: 'Elements/news-article',
  component: 'news-article',
  args: { lang: '', showId: false, headingLevel: 1 },
  argTypes: { lang: { control: 'select', options: ['', 'en', 'ar', 'fa', 'ur'] }, headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  render: ({ lang, showId, headingLevel }) =>
    html`<news-article no-count lang=${lang || nothing} ?show-id=${showId} heading-level=${headingLevel} .article=${article(LOCALIZED[lang || 'en'])}></news-article>`,
};
export default meta;

type Story = StoryObj<ArticleArgs>;

export const English: Story = { args: { lang: 'en', showId: true } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Persian: Story = { args: { lang: 'fa' } };
export const Urdu: Story = { args: { lang: 'ur' } };
export const WithoutImage: Story = {
  render: () => html`<news-article no-count .article=${article({ ...LOCALIZED.en, image: undefined })}></news-article>`,
};
export const LongArticle: Story = {
  render: () => html`<news-article no-count .article=${article({ ...LOCALIZED.en, bodyHtml: BODIES.en.repeat(6) })}></news-article>`,
};
/** An Arabic article on an English page: interface in English, content right to left. */
export const ArabicArticleOnEnglishPage: Story = {
  render: () => html`<news-article no-count lang="en" .article=${article(LOCALIZED.ar)}></news-article>`,
};
export const Loading: Story = { render: () => html`<news-article slug="x" .client=${storyClient('loading')}></news-article>` };
export const NotFound: Story = { render: () => html`<news-article slug="x" .client=${storyClient(404)}></news-article>` };
export const Error: Story = { render: () => html`<news-article slug="x" .client=${storyClient(503)}></news-article>` };
export const WithAside: Story = {
  render: () => html`<news-article no-count .article=${article(LOCALIZED.en)}>
    <aside slot="aside" style="border:1px solid #ccc;padding:1rem">Latest articles go here</aside>
  </news-article>`,
};

/** `show-comment-count`: the count in the meta line, linked to the page's `#comments`. */
const counted = (lang: string): Story => ({
  globals: { locale: lang },
  render: () => {
    const data = article(LOCALIZED[lang]);
    const client = fakeClient({ 'GET /comments/counts': () => ({ counts: { [data.id]: 12 } }) });
    return html`<news-article no-count show-comment-count lang=${lang} .article=${data} .client=${client}></news-article>`;
  },
});
export const CommentCountEnglish = counted('en');
export const CommentCountArabic = counted('ar');
