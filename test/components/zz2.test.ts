import '../../dist/index.js';
import { article } from '../fixtures/data.js';
import { fakeClient } from '../support/fake-client.js';
it('article with count + client', async () => {
  const res = await fetch('/ssr', { method: 'POST', body: JSON.stringify({ tag: 'news-article', options: { properties: { article: article() }, attributes: { 'show-comment-count': true, id: 'story' }, lang: 'en', url: 'http://127.0.0.1:8000/en/news/4711' } }) });
  const t = document.createElement('template'); t.setHTMLUnsafe(await res.text());
  const el = document.adoptNode(t.content.firstElementChild as HTMLElement) as HTMLElement & { updateComplete: Promise<unknown>; client: unknown; article: unknown };
  el.client = fakeClient({ 'GET /comments/counts': () => ({ counts: { '4711': 3 } }), 'POST /articles/.+/views': () => ({ viewCount: 1 }) });
  el.article = article();
  window.addEventListener('unhandledrejection', (e) => console.log('REJ', (e.reason as Error).stack));
  document.body.append(el);
  await new Promise((r) => setTimeout(r, 1500));
  console.log('nodes', el.shadowRoot!.querySelectorAll('*').length);
});
