// Mistakes the types must catch. `npm run typecheck` fails when one of them stops being an error
// (an unused @ts-expect-error), so a type that stops checking fails CI.
import { NewsArticle, NewsShareBar } from 'news-elements/react';

export const mistakes = (
  <>
    {/* @ts-expect-error a wrong prop: the share bar has no such layout */}
    <NewsShareBar layout="diagonal" />
    {/* @ts-expect-error a wrong event detail: news-share carries { network, url }, no `target` */}
    <NewsShareBar onNewsShare={(e) => console.log(e.detail.target)} />
    {/* @ts-expect-error a wrong event detail: the loaded article has no `headline` */}
    <NewsArticle onNewsArticleLoad={(e) => console.log(e.detail.article.headline)} />
  </>
);
