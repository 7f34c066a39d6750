// React 19 renders custom elements natively: `news-elements/jsx` types the tags in its JSX.
import type {} from 'news-elements/jsx';
import type { Article } from 'news-elements/sdk';

export function Page({ article }: { article: Article }) {
  return (
    <news-provider base-url="/api" lang="ar">
      <news-article article={article} heading-level={2} onnews-article-load={(e) => e.detail.article.id}>
        <news-share-bar slot="after-body" networks="copy x" layout="vertical" onnews-share={(e) => e.detail.network} />
      </news-article>
      <news-latest-articles limit={5} layout="cards" />
      {/* @ts-expect-error a layout the share bar does not have */}
      <news-share-bar layout="diagonal" />
      {/* @ts-expect-error the detail of news-share has no `target` */}
      <news-share-bar onnews-share={(e) => e.detail.target} />
    </news-provider>
  );
}
