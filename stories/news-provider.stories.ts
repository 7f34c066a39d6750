import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/index.js';

interface ProviderArgs {
  lang: string;
  baseUrl: string;
}

const SAMPLES: Record<string, { headline: string; text: string }> = {
  en: { headline: 'City council opens the new public library', text: 'After three years of building, the library opens its doors on Monday.' },
  ar: { headline: 'مجلس المدينة يفتتح المكتبة العامة الجديدة', text: 'بعد ثلاث سنوات من البناء، تفتح المكتبة أبوابها يوم الاثنين.' },
  fa: { headline: 'شورای شهر کتابخانه عمومی جدید را افتتاح کرد', text: 'پس از سه سال ساخت‌وساز، کتابخانه روز دوشنبه درهایش را باز می‌کند.' },
  ur: { headline: 'سٹی کونسل نے نئی پبلک لائبریری کا افتتاح کر دیا', text: 'تین سال کی تعمیر کے بعد لائبریری پیر کو اپنے دروازے کھول دے گی۔' },
};

/**
 * `<news-provider>` gives the news elements inside it a client and a locale.
 * It renders its content unchanged, in the direction of its locale: set `lang`
 * and everything inside lays out left to right or right to left.
 */
const meta: Meta<ProviderArgs> = {
  title: 'Elements/news-provider',
  component: 'news-provider',
  args: { lang: 'en', baseUrl: '/api' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'ar', 'fa', 'ur'] },
    baseUrl: { control: 'text' },
  },
  render: ({ lang, baseUrl }) => {
    const sample = SAMPLES[lang] ?? SAMPLES.en!;
    return html`<news-provider lang=${lang} base-url=${baseUrl}>
      <article style="max-inline-size:40rem;border-inline-start:4px solid #b00020;padding-inline-start:1rem">
        <h2 style="margin-block:0 .5rem">${sample.headline}</h2>
        <p style="margin:0">${sample.text}</p>
      </article>
    </news-provider>`;
  },
};
export default meta;

type Story = StoryObj<ProviderArgs>;

export const English: Story = { args: { lang: 'en' } };
export const Arabic: Story = { args: { lang: 'ar' } };
export const Persian: Story = { args: { lang: 'fa' } };
export const Urdu: Story = { args: { lang: 'ur' } };
/** A `base-url` that is not http(s): the provider fires `news-error` and keeps its content. */
export const InvalidBaseUrl: Story = { args: { lang: 'en', baseUrl: 'javascript:alert(1)' } };
