import { useEffect, useRef, useState } from 'react';
import {
  NewsArticle,
  NewsCommentForm,
  NewsComments,
  NewsLanguageSwitcher,
  NewsLatestArticles,
  NewsProvider,
  NewsShareBar,
  type NewsShareDetail,
} from 'news-elements/react';
import type { NewsShareBar as NewsShareBarElement } from 'news-elements';
import { createNewsClient, type Article } from 'news-elements/sdk';

const client = createNewsClient({ baseUrl: '/api' });

/** The article page: provider, article with share bar, comments and form, latest articles, languages. */
export function App({ lang, articleId }: { lang: string; articleId: string | null }) {
  const [id, setId] = useState(articleId);
  const [article, setArticle] = useState<Article>();
  const [shared, setShared] = useState<NewsShareDetail>();
  const shareBar = useRef<NewsShareBarElement>(null);

  // Without ?id=, the newest article in the page's language.
  useEffect(() => {
    if (id) return;
    const controller = new AbortController();
    client.listArticles({ lang, limit: 1 }, { signal: controller.signal }).then((page) => setId(page.items[0]?.id ?? null), () => undefined);
    return () => controller.abort();
  }, [id, lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <NewsProvider client={client} lang={lang}>
      <header>
        <strong>news-elements + React</strong>
        <NewsLanguageSwitcher
          languages={['en', 'ar', 'fa', 'ur'].map((code) => ({ lang: code, url: `?lang=${code}` }))}
          current={lang}
        />
      </header>
      <main>
        {id && (
          <NewsArticle articleId={id} onNewsArticleLoad={(e) => setArticle(e.detail.article)}>
            <NewsShareBar
              ref={shareBar}
              slot="after-body"
              networks="native copy x facebook whatsapp telegram email"
              onNewsShare={(e) => setShared(e.detail)}
            />
            <p slot="after-body" id="share-log">
              {shared && `Shared via ${shared.network}: ${shared.url}`}
            </p>
            <NewsComments slot="after-body" articleId={id} />
            <NewsCommentForm slot="after-body" articleId={id} onNewsCommentResult={(e) => console.info('comment', e.detail.status)} />
          </NewsArticle>
        )}
        <aside>
          <NewsLatestArticles limit={6} layout="compact" {...(article && { exclude: article.id })} />
        </aside>
      </main>
    </NewsProvider>
  );
}
