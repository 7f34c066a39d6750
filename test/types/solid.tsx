/** @jsxImportSource solid-js */
// Solid: `news-elements/jsx` types the tags with Solid's prop:, attr:, bool: and on: forms.
import { createSignal } from 'solid-js';
import type {} from 'news-elements/jsx';
import type { Article } from 'news-elements/sdk';

const [network, setNetwork] = createSignal('');
export { network };

export const page = (article: Article) => (
  <news-provider base-url="/api" lang="fa">
    <news-article prop:article={article} />
    <news-share-bar networks="copy x" layout="vertical" on:news-share={(e) => setNetwork(e.detail.network)} />
    {/* @ts-expect-error a layout the share bar does not have */}
    <news-share-bar prop:layout="diagonal" />
    {/* @ts-expect-error the detail of news-share has no `target` */}
    <news-share-bar on:news-share={(e) => e.detail.target} />
  </news-provider>
);
