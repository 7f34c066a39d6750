import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/index.js';
import '../src/components/share-bar/index.js';

interface ShareBarArgs {
  lang: string;
  url: string;
  title: string;
  text: string;
  image: string;
  networks: string;
  layout: 'horizontal' | 'vertical';
  iconsOnly: boolean;
  size: 'small' | 'medium' | 'large';
  utmCampaign: string;
}

const ALL = 'native copy email x facebook linkedin whatsapp telegram reddit bluesky mastodon threads vk pinterest print';

const SAMPLES: Record<string, { title: string; text: string }> = {
  en: { title: 'City council opens the new public library', text: 'After three years of building, the library opens its doors on Monday.' },
  ar: { title: 'مجلس المدينة يفتتح المكتبة العامة الجديدة', text: 'بعد ثلاث سنوات من البناء، تفتح المكتبة أبوابها يوم الاثنين.' },
  fa: { title: 'شورای شهر کتابخانه عمومی جدید را افتتاح کرد', text: 'پس از سه سال ساخت‌وساز، کتابخانه روز دوشنبه درهایش را باز می‌کند.' },
  ur: { title: 'سٹی کونسل نے نئی پبلک لائبریری کا افتتاح کر دیا', text: 'تین سال کی تعمیر کے بعد لائبریری پیر کو اپنے دروازے کھول دے گی۔' },
};

/**
 * `<news-share-bar>` shares a page with no tracking and no third-party
 * script: every network is a plain link to its share-intent address. Native
 * share appears only where the browser can share the data (most phones, not
 * desktop Linux). Hover a target for its name; the links open in a new tab.
 */
const meta: Meta<ShareBarArgs> = {
  title: 'Elements/news-share-bar',
  component: 'news-share-bar',
  args: {
    lang: 'en',
    url: 'https://news.example.org/en/news/4711',
    title: '',
    text: '',
    image: '',
    networks: 'native copy x facebook whatsapp telegram email',
    layout: 'horizontal',
    iconsOnly: false,
    size: 'medium',
    utmCampaign: '',
  },
  argTypes: {
    lang: { control: 'select', options: ['en', 'ar', 'fa', 'ur'] },
    layout: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
  },
  render: (args) => {
    const sample = SAMPLES[args.lang] ?? SAMPLES.en!;
    return html`<news-provider lang=${args.lang}>
      <news-share-bar
        url=${args.url}
        title=${args.title || sample.title}
        text=${args.text || sample.text}
        image=${args.image}
        networks=${args.networks}
        layout=${args.layout}
        ?icons-only=${args.iconsOnly}
        size=${args.size}
        utm-campaign=${args.utmCampaign}
      ></news-share-bar>
    </news-provider>`;
  },
};
export default meta;

type Story = StoryObj<ShareBarArgs>;

export const Default: Story = {};

/** All fifteen targets; Pinterest appears because an image is given. */
export const AllNetworks: Story = {
  args: { networks: ALL, image: 'https://news.example.org/images/library.jpg' },
};

export const IconsOnly: Story = {
  args: { networks: ALL, image: 'https://news.example.org/images/library.jpg', iconsOnly: true },
};

export const Vertical: Story = {
  args: { layout: 'vertical', networks: 'copy email x facebook linkedin telegram mastodon print' },
};

export const Small: Story = { args: { size: 'small', iconsOnly: true, networks: ALL } };

export const Large: Story = { args: { size: 'large' } };

export const English: Story = { args: { lang: 'en', networks: ALL }, globals: { locale: 'en' } };
export const Arabic: Story = { args: { lang: 'ar', networks: ALL, url: 'https://news.example.org/ar/news/4713' }, globals: { locale: 'ar' } };
export const Persian: Story = { args: { lang: 'fa', networks: ALL, url: 'https://news.example.org/fa/news/4712' }, globals: { locale: 'fa' } };
export const Urdu: Story = { args: { lang: 'ur', networks: ALL, url: 'https://news.example.org/ur/news/4714' }, globals: { locale: 'ur' } };

export const Dark: Story = { args: { networks: ALL }, globals: { theme: 'dark' } };

/** A `url` that is not http(s) or relative: an error is shown and nothing is linked. */
export const UnsafeUrl: Story = { args: { url: 'javascript:alert(1)' } };
