// Every typed entry of the package resolves to its declarations (compiled with moduleResolution
// bundler and node16 by test/package/exports.test.ts).
import { createNewsClient, NewsShareBar as ShareBarElement } from 'news-elements';
import { createNewsClient as sdkClient, isNewsHttpError } from 'news-elements/sdk';
import { wordpress } from 'news-elements/sdk/adapters/wordpress';
import { ghost } from 'news-elements/sdk/adapters/ghost';
import { NewsProvider } from 'news-elements/elements/provider';
import { NewsArticle } from 'news-elements/elements/article';
import { NewsShareBar } from 'news-elements/elements/share-bar';
import { NewsCommentForm } from 'news-elements/elements/comment-form';
import { NewsComments } from 'news-elements/elements/comments';
import { NewsLatestArticles } from 'news-elements/elements/latest-articles';
import { NewsLanguageSwitcher } from 'news-elements/elements/language-switcher';
import { NewsShareBar as ShareBarWrapper } from 'news-elements/react';
import { createNewsClient as cdnClient } from 'news-elements/cdn';
import { ready, discover } from 'news-elements/cdn/loader';
import type { CustomElements } from 'news-elements/jsx';
import type {} from 'news-elements/svelte';
import { renderElement, withLocale, type RenderElementOptions } from 'news-elements/ssr';
// Hydration support, for pages that import single elements: side effects only.
import 'news-elements/hydrate';

export const entries = [createNewsClient, ShareBarElement, sdkClient, isNewsHttpError, wordpress, ghost, NewsProvider, NewsArticle, NewsShareBar, NewsCommentForm, NewsComments, NewsLatestArticles, NewsLanguageSwitcher, ShareBarWrapper, cdnClient, ready, discover, renderElement, withLocale];
export const ssrOptions: RenderElementOptions = { lang: 'ar', attributes: { 'article-id': '42', 'no-count': true }, properties: { page: { items: [], nextCursor: null } } };
export const ssrMarkup: Promise<string> = renderElement('news-comments', ssrOptions);
// @ts-expect-error: not one of the elements
export const unknownTag = renderElement('news-foo');
export type ShareBarTag = CustomElements['news-share-bar'];
