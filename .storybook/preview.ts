import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json';
import { directionOf } from '../src/internal/direction.js';

// Docs pages (attributes, properties, events, slots, parts, CSS properties) come from the manifest.
setCustomElementsManifest(manifest);

const LOCALES = { en: 'English', ar: 'العربية', fa: 'فارسی', ur: 'اردو' } as const;

/** Sets lang and dir (derived from the locale, as the elements do) and the colour scheme around every story. */
const withLocaleAndTheme: Decorator = (story, context) => {
  const lang = (context.globals.locale as string) || 'en';
  const theme = (context.globals.theme as string) || 'light';
  const dir = directionOf(lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.documentElement.style.colorScheme = theme;
  return html`<div
    lang=${lang}
    dir=${dir}
    style="color-scheme:${theme};background:Canvas;color:CanvasText;padding:1rem;font-family:var(--news-font-family, system-ui, sans-serif)"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale (sets lang and dir)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(LOCALES).map(([value, title]) => ({ value, title: `${value} · ${title}` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [withLocaleAndTheme],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
