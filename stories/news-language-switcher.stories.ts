import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/language-switcher/index.js';
import '../src/components/provider/index.js';
import type { SwitcherLanguage } from '../src/components/language-switcher/news-language-switcher.js';
import { storyClient } from '../test/support/fake-client.js';
import { article, languages as LANGUAGE_DATA } from '../test/fixtures/data.js';

interface SwitcherArgs {
  lang: string;
  mode: 'links' | 'menu';
  current: string;
  hideCurrent: boolean;
}

const LANGUAGES: SwitcherLanguage[] = [
  { lang: 'en', url: '#en' },
  { lang: 'ur', url: '#ur' },
  { lang: 'fa', url: '#fa' },
  { lang: 'ar', url: '#ar' },
];

/**
 * Links to the page in other languages, each named in its own language and
 * script. `mode="links"` is a row of links; `mode="menu"` a button that opens
 * the list (Escape closes, arrow keys move, Tab leaves). In right-to-left
 * locales the row starts at the right and the menu opens from the right edge.
 */
const meta: Meta<SwitcherArgs> = {
  title: 'Elements/news-language-switcher',
  component: 'news-language-switcher',
  // No lang by default: the toolbar's locale (on <html>) decides; the locale stories set their own.
  args: { lang: '', mode: 'links', current: '', hideCurrent: false },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'ar', 'fa', 'ur'] },
    mode: { control: 'inline-radio', options: ['links', 'menu'] },
    current: { control: 'select', options: ['', 'en', 'ar', 'fa', 'ur'] },
  },
  render: ({ lang, mode, current, hideCurrent }) =>
    html`<div style="min-block-size:14rem">
      <news-language-switcher lang=${lang || nothing} mode=${mode} current=${current || nothing} ?hide-current=${hideCurrent} .languages=${LANGUAGES}></news-language-switcher>
    </div>`,
};
export default meta;

type Story = StoryObj<SwitcherArgs>;

export const English: Story = { args: { lang: 'en', current: 'en' } };
export const Arabic: Story = { args: { lang: 'ar', current: 'ar' } };
export const Persian: Story = { args: { lang: 'fa', current: 'fa' } };
export const Urdu: Story = { args: { lang: 'ur', current: 'ur' } };
export const MenuEnglish: Story = { args: { lang: 'en', current: 'en', mode: 'menu' } };
export const MenuArabic: Story = { args: { lang: 'ar', current: 'ar', mode: 'menu' } };
export const MenuPersian: Story = { args: { lang: 'fa', current: 'fa', mode: 'menu' } };
export const MenuUrdu: Story = { args: { lang: 'ur', current: 'ur', mode: 'menu' } };
/** The menu, opened. */
export const MenuOpen: Story = {
  args: { lang: 'fa', current: 'fa', mode: 'menu' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('news-language-switcher')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  },
};
export const HideCurrent: Story = { args: { hideCurrent: true } };

/** From an article's translations: Urdu has none, so it is shown but not linked. */
export const FromArticle: Story = {
  render: ({ lang }) =>
    html`<news-language-switcher lang=${lang || nothing} .languages=${LANGUAGES} .article=${article()}></news-language-switcher>`,
};
/** Languages from the client's listLanguages(), through a provider. */
export const FromClient: Story = {
  render: ({ lang }) =>
    html`<news-provider lang=${lang || nothing} .client=${storyClient(LANGUAGE_DATA)}><news-language-switcher></news-language-switcher></news-provider>`,
};
export const Loading: Story = {
  render: ({ lang }) =>
    html`<news-provider lang=${lang || nothing} .client=${storyClient('loading')}><news-language-switcher></news-language-switcher></news-provider>`,
};
export const Error: Story = {
  render: ({ lang }) =>
    html`<news-provider lang=${lang || nothing} .client=${storyClient(503)}><news-language-switcher></news-language-switcher></news-provider>`,
};
export const Empty: Story = {
  render: ({ lang }) => html`<news-language-switcher lang=${lang || nothing} .languages=${[]}></news-language-switcher>`,
};
