/** @jsxImportSource preact */
// Preact: the same `news-elements/jsx` types, on Preact's JSX.
import type {} from 'news-elements/jsx';

export const page = (
  <news-provider base-url="/api" lang="ur">
    <news-share-bar networks="copy x" size="large" onnews-share={(e) => e.detail.url} />
    {/* @ts-expect-error a size the share bar does not have */}
    <news-share-bar size="huge" />
    {/* @ts-expect-error the detail of news-share has no `target` */}
    <news-share-bar onnews-share={(e) => e.detail.target} />
  </news-provider>
);
