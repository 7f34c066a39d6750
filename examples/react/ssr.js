// Server rendering: the wrappers import in Node and render the bare tags (no DOM needed).
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { NewsArticle, NewsProvider, NewsShareBar } from 'news-elements/react';

const html = renderToString(
  createElement(NewsProvider, { baseUrl: '/api', lang: 'ar' }, createElement(NewsArticle, { articleId: '1' }, createElement(NewsShareBar, { slot: 'after-body' }))),
);
if (!/<news-provider[^>]*><news-article[^>]*><news-share-bar slot="after-body"/.test(html)) {
  console.error(`unexpected server rendering: ${html}`);
  process.exit(1);
}
console.log(`renderToString with react ${(await import('react')).version}: ${html}`);
