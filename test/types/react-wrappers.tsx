// news-elements/react: props from the element classes, typed onNews… events, ref to the element.
// Compiled against the packed package by test/package/types.test.ts; every @ts-expect-error must fail.
import { useRef } from 'react';
import { NewsArticle, NewsCommentForm, NewsLanguageSwitcher, NewsLatestArticles, NewsProvider, NewsShareBar, NewsComments } from 'news-elements/react';
import type { NewsShareBar as NewsShareBarElement } from 'news-elements';
import type { Article, NewsClient } from 'news-elements/sdk';
import type { NewsShareDetail, ShareTarget } from 'news-elements/react';

export function Page({ article, client }: { article: Article; client: NewsClient }) {
  const bar = useRef<NewsShareBarElement>(null);
  const networks: ShareTarget[] = [];
  return (
    <NewsProvider baseUrl="/api" lang="fa" onNewsError={(e) => console.warn(e.detail.operation, e.detail.error.message)}>
      <NewsArticle article={article} headingLevel={2} onNewsArticleLoad={(e) => e.detail.article.title.length}>
        <NewsShareBar
          ref={bar}
          slot="after-body"
          networks="copy x"
          layout="vertical"
          iconsOnly
          onNewsShare={(e) => {
            const detail: NewsShareDetail = e.detail;
            networks.push(detail.network);
            e.preventDefault();
          }}
        />
      </NewsArticle>
      <NewsCommentForm articleId={article.id} client={client} onNewsCommentResult={(e) => e.detail.status === 'pending'} onNewsCommentSubmit={(e) => e.detail.body} />
      <NewsComments articleId={article.id} order="newest" />
      <NewsLatestArticles limit={5} layout="cards" exclude={article.id} />
      <NewsLanguageSwitcher mode="menu" onNewsLanguageChange={(e) => e.detail.lang + e.detail.url} />

      {/* @ts-expect-error a layout the share bar does not have */}
      <NewsShareBar layout="diagonal" />
      {/* @ts-expect-error headingLevel is a number */}
      <NewsArticle headingLevel="2" />
      {/* @ts-expect-error the detail of news-share has no `target` */}
      <NewsShareBar onNewsShare={(e) => e.detail.target} />
      {/* @ts-expect-error the network is a ShareTarget, never a number */}
      <NewsShareBar onNewsShare={(e) => e.detail.network.toFixed()} />
      {/* @ts-expect-error not an event of the comment form */}
      <NewsCommentForm onNewsShare={() => undefined} />
    </NewsProvider>
  );
}
