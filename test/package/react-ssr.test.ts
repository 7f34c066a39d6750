// news-elements/react on the server: importing it in Node does not crash (no customElements, no
// HTMLElement there: lit's node build brings its shim), and renderToString gives the bare tags.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { NewsArticle, NewsCommentForm, NewsComments, NewsLanguageSwitcher, NewsLatestArticles, NewsProvider, NewsShareBar } from 'news-elements/react';
import { article } from '../fixtures/data.js';

describe('news-elements/react in Node', () => {
  it('renders the article page to the bare tags', () => {
    const data = article({ id: '42' });
    const html = renderToString(
      createElement(
        NewsProvider,
        { baseUrl: '/api', lang: 'fa' },
        createElement(NewsArticle, { article: data, headingLevel: 1 }, createElement(NewsShareBar, { slot: 'after-body', networks: 'copy x', onNewsShare: () => undefined })),
        createElement(NewsCommentForm, { articleId: data.id }),
        createElement(NewsComments, { articleId: data.id, className: 'thread' }),
        createElement(NewsLatestArticles, { limit: 5 }),
        createElement(NewsLanguageSwitcher, { mode: 'menu' }),
      ),
    );
    for (const tag of ['news-provider', 'news-article', 'news-share-bar', 'news-comment-form', 'news-comments', 'news-latest-articles', 'news-language-switcher']) {
      assert.match(html, new RegExp(`<${tag}[ >]`), `<${tag}> in ${html}`);
    }
    // Attributes React knows for every element stay; element properties are set in the browser.
    assert.match(html, /<news-share-bar slot="after-body"/);
    assert.match(html, /<news-comments class="thread"/);
    assert.doesNotMatch(html, /\[object Object\]/, 'an object property written as an attribute');
  });
});
