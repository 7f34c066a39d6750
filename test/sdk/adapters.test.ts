import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createNewsClient, type NewsHttpError, NewsValidationError, Article, isNewsHttpError } from '../../src/sdk/index.js';
import { wordpress } from '../../src/sdk/adapters/wordpress.js';
import { ghost } from '../../src/sdk/adapters/ghost.js';
import { htmlToText } from '../../src/sdk/adapters/shared.js';
import { GHOST_KEY } from '../fixtures/cms/ghost.js';
import { fakeWordPress } from '../fixtures/cms/wordpress.js';
import { startFakeCms, standardSites, type FakeCms } from '../support/fake-cms.js';

let cms: FakeCms;
before(async () => {
  cms = await startFakeCms((origin) => standardSites(origin, { wp: { filler: 130 }, ghost: { filler: 20 } }));
});
after(() => cms.close());

const wp = (site = 'wp', more: { anonymousComments?: boolean; lang?: string } = {}) =>
  createNewsClient({ source: wordpress({ baseUrl: `${cms.origin}/${site}`, anonymousComments: site === 'wp', ...more }), retries: 0 });
const gh = (site = 'ghost-en', key = GHOST_KEY) => createNewsClient({ source: ghost({ baseUrl: `${cms.origin}/${site}/`, key }), retries: 0 });

async function rejects(promise: Promise<unknown>, check: (error: NewsHttpError) => void) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isNewsHttpError(error), `expected a NewsHttpError, got ${String(error)}`);
    check(error);
    return true;
  });
}

describe('adapter options', () => {
  it('throws a TypeError naming the adapter and the option', () => {
    assert.throws(() => wordpress({ baseUrl: '' }), /wordpress: baseUrl must be a non-empty string or URL/);
    assert.throws(() => wordpress({ baseUrl: 'https://x.org', lang: 'not a tag' }), /wordpress: lang must be a BCP 47 language tag/);
    assert.throws(() => wordpress({ baseUrl: 'https://x.org', anonymousComments: 'yes' as unknown as boolean }), /wordpress: anonymousComments must be a boolean/);
    assert.throws(() => ghost({ baseUrl: 'https://x.org', key: '' }), /ghost: key must be the Content API key/);
    assert.throws(() => ghost({ baseUrl: 'https://x.org', key: GHOST_KEY, featureImageSize: { width: 0, height: 9 } }), /ghost: featureImageSize/);
    assert.throws(() => createNewsClient({ source: wordpress({ baseUrl: 'ftp://x.org' }) }), /createNewsClient: baseUrl must be http\(s\)/);
  });

  it('takes the site address or the REST root', () => {
    assert.equal(createNewsClient({ source: wordpress({ baseUrl: 'https://x.org/blog' }) }).baseUrl, 'https://x.org/blog/wp-json/');
    assert.equal(createNewsClient({ source: wordpress({ baseUrl: new URL('https://x.org/wp-json') }) }).baseUrl, 'https://x.org/wp-json/');
    assert.equal(createNewsClient({ source: ghost({ baseUrl: 'https://demo.ghost.io', key: GHOST_KEY }) }).baseUrl, 'https://demo.ghost.io/ghost/api/content/');
  });

  it('says what each back end offers in capabilities', () => {
    assert.deepEqual({ ...createNewsClient({ baseUrl: 'https://x.org/api' }).capabilities }, { comments: true, posting: true, captcha: true, views: true, languages: true });
    assert.deepEqual({ ...wp('wp-plain').capabilities }, { comments: true, posting: false, captcha: false, views: false, languages: false });
    assert.deepEqual({ ...gh().capabilities }, { comments: false, posting: false, captcha: false, views: false, languages: false });
  });
});

describe('WordPress posts', () => {
  it('maps a post to a valid Article: decoded title, body, dates with offset, author, image, section with parents, tags', async () => {
    const article = await wp().getArticle({ id: '101' });
    assert.equal(Article.safeParse(article).success, true);
    assert.equal(article.title, 'The council’s plan: roads & bridges “first”');
    assert.equal(article.lead, 'Work starts in spring – and lasts two years…');
    assert.match(article.bodyHtml, /<blockquote>/); // sanitized by the elements, not here
    assert.equal(article.publishedAt, '2026-11-20T09:30:00Z');
    assert.equal(article.updatedAt, '2026-11-21T10:00:00Z');
    assert.deepEqual(article.author, { name: 'Dana O’Neil', url: `${cms.origin}/wp/author/dana/` });
    assert.deepEqual(article.section, { id: 'public', name: 'Public', path: ['News', 'Local & Regional', 'Public'] });
    assert.deepEqual(article.tags, ['Roads & Bridges', 'Council']);
    assert.equal(article.image?.alt, 'A stone bridge over a river');
    assert.equal(article.image?.caption, 'The old bridge & the river.');
    assert.equal(article.image?.width, 1600);
    assert.match(article.image?.srcset ?? '', /bridge-150x150\.jpg 150w, .*bridge-300x169\.jpg 300w, .*1024w, .*bridge\.jpg 1600w$/);
    assert.equal(article.url, `${cms.origin}/wp/council-plan/`);
    assert.equal(article.commentsOpen, true);
    assert.equal(article.viewCount, 0);
  });

  it('uses Polylang: the post language, translations with their links, languages', async () => {
    const client = wp();
    const article = await client.getArticle({ slug: 'council-plan' });
    assert.equal(article.lang, 'en');
    assert.deepEqual(article.translations, [{ lang: 'ar', url: `${cms.origin}/wp/ar/${'%d8%ae%d8%b7%d8%a9-%d8%a7%d9%84%d9%85%d8%ac%d9%84%d8%b3'}/`, title: 'خطة المجلس: الطرق & الجسور “أولاً”' }]);
    assert.equal(client.capabilities.languages, true);
    const arabic = await client.getArticle({ slug: 'خطة-المجلس', lang: 'ar' });
    assert.equal(arabic.lang, 'ar');
    assert.equal(arabic.slug, 'خطة-المجلس');
    assert.deepEqual(arabic.section.path, ['أخبار']);
    const languages = await client.listLanguages();
    assert.deepEqual(languages.map((l) => [l.lang, l.nativeName, l.dir]), [['en', 'English', 'ltr'], ['ar', 'العربية', 'rtl']]);
  });

  it('without Polylang or WPML: one language from the adapter settings', async () => {
    const client = wp('wp-plain', { lang: 'ar' });
    assert.equal((await client.getArticle({ id: '101' })).lang, 'ar');
    assert.deepEqual((await client.listLanguages()).map((l) => [l.lang, l.dir]), [['ar', 'rtl']]);
    assert.equal(client.capabilities.languages, false);
  });

  it('gives a valid article when the CMS omits fields: no featured media, no excerpt, a deleted author', async () => {
    const article = await wp().getArticle({ id: '103' });
    assert.equal(Article.safeParse(article).success, true);
    assert.equal(article.image, undefined);
    assert.equal(article.lead, undefined);
    assert.equal(article.author, undefined);
    assert.deepEqual(article.section, { id: 'uncategorized', name: 'Uncategorized', path: ['Uncategorized'] });
    assert.equal(article.commentsOpen, false);
  });

  it('answers an unknown post with a typed 404', async () => {
    await rejects(wp().getArticle({ id: '999999' }), (e) => assert.deepEqual([e.status, e.code], [404, 'not_found']));
    await rejects(wp().getArticle({ slug: 'nothing-here' }), (e) => assert.deepEqual([e.status, e.code], [404, 'not_found']));
  });

  it('pages with X-WP-TotalPages as the cursor, never asking more than 100 per page', async () => {
    const client = wp('wp-plain');
    const first = await client.listArticles({ limit: 500 });
    assert.equal(first.items.length, 100);
    assert.equal(first.nextCursor, '2');
    const second = await client.listArticles({ limit: 500, cursor: first.nextCursor! });
    assert.equal(second.items.length, 33);
    assert.equal(second.nextCursor, null);
    const ids: string[] = [];
    for await (const item of client.articles({ limit: 50 })) ids.push(item.id);
    assert.equal(ids.length, 133);
    assert.equal(new Set(ids).size, 133);
    assert.ok(cms.requests.every((r) => !/per_page=(10[1-9]|1[1-9]\d|[2-9]\d\d)/.test(r.url)));
  });

  it('filters by section (category slug) and excludes ids', async () => {
    const page = await wp('wp-plain').listArticles({ section: 'public', limit: 3, exclude: '1000' });
    assert.deepEqual(page.items.map((i) => i.section.id), ['public', 'public', 'public']);
    assert.ok(!page.items.some((i) => i.id === '1000'));
    assert.deepEqual(await wp('wp-plain').listArticles({ section: 'no-such-section' }), { items: [], nextCursor: null });
  });

  it('rejects a cursor it did not give with a NewsValidationError', async () => {
    await assert.rejects(wp().listArticles({ cursor: 'abc' }), NewsValidationError);
  });
});

describe('WordPress comments', () => {
  it('lists the approved comments as text, replies under their top-level comment', async () => {
    const page = await wp().listComments('101', {}, { signal: new AbortController().signal });
    assert.deepEqual(
      page.items.map((c) => [c.id, c.authorName, c.body, c.parentId, c.replyCount]),
      [['9001', 'Sam & Alex', 'Finally…\n\nSecond paragraph.', undefined, 1]],
    );
    assert.deepEqual(
      page.items[0]!.replies!.map((r) => [r.id, r.authorName, r.body, r.parentId]),
      [['9002', 'Rana', 'Agreed <3', '9001']],
    );
    assert.equal(page.items[0]!.repliesCursor, null);
    assert.equal(page.nextCursor, null);
  });

  it('posts where the site allows anonymous comments; held ones are pending', async () => {
    const client = wp();
    const captcha = await client.getCaptcha();
    assert.equal(captcha.kind, 'pow');
    const result = await client.postComment('101', { authorName: 'Lee', email: 'lee@example.org', body: 'Good <b>news</b>', captcha: { kind: 'pow', payload: 'x' } });
    assert.equal(result.status, 'pending');
    assert.equal(result.comment.body, 'Good <b>news</b>');
    assert.equal('email' in result.comment, false);
  });

  it('a site that refuses anonymous comments: a typed error, never a crash', async () => {
    // The adapter told the site allows them, the site says 401.
    await rejects(wp('wp-plain', { anonymousComments: true }).postComment('101', { authorName: 'Lee', email: 'lee@example.org', body: 'Hi', captcha: { kind: 'pow', payload: 'x' } }), (e) =>
      assert.deepEqual([e.status, e.code], [401, 'comments_unavailable']),
    );
    // Told nothing (WordPress's default): no request at all.
    const before = cms.requests.length;
    await rejects(wp('wp-plain').postComment('101', { authorName: 'Lee', email: 'lee@example.org', body: 'Hi', captcha: { kind: 'pow', payload: 'x' } }), (e) =>
      assert.equal(e.code, 'comments_unavailable'),
    );
    assert.equal(cms.requests.length, before);
  });

  it('maps closed comments and field errors', async () => {
    const draft = { authorName: 'Lee', email: 'lee@example.org', body: 'Hi', captcha: { kind: 'pow' as const, payload: 'x' } };
    await rejects(wp().postComment('103', draft), (e) => assert.equal(e.code, 'comments_closed'));
    await assert.rejects(wp().postComment('101', { ...draft, email: 'nope' }), NewsValidationError);
  });

  it('recordView is a no-op that says 0', async () => {
    const before = cms.requests.length;
    assert.deepEqual(await wp().recordView('101'), { viewCount: 0 });
    assert.equal(cms.requests.length, before);
  });
});

describe('WordPress edges seen on real sites', () => {
  let edge: FakeCms;
  const FLOOD = { status: 400, code: 'comment_flood', message: 'You are posting comments too quickly. Slow down.' };
  const DUPLICATE = { status: 409, code: 'comment_duplicate', message: 'Duplicate comment detected; it looks as though you&#8217;ve already said that!' };
  before(async () => {
    edge = await startFakeCms((origin) => ({
      untitled: fakeWordPress({ origin: `${origin}/untitled/`, untitled: true }),
      flood: fakeWordPress({ origin: `${origin}/flood/`, anonymousComments: true, refuseComments: FLOOD }),
      duplicate: fakeWordPress({ origin: `${origin}/duplicate/`, anonymousComments: true, refuseComments: DUPLICATE }),
    }));
  });
  after(() => edge.close());
  const site = (name: string) => createNewsClient({ source: wordpress({ baseUrl: `${edge.origin}/${name}`, anonymousComments: true, lang: 'en' }), retries: 0 });
  const draft = { authorName: 'Lee', email: 'lee@example.org', body: 'Hi', captcha: { kind: 'pow' as const, payload: 'x' } };

  it('an untitled post is neither dropped from a list nor refused: its first words, else its date, stand for the title', async () => {
    const client = site('untitled');
    const { items } = await client.listArticles({ limit: 10 });
    assert.deepEqual(items.map((i) => i.id).sort(), ['101', '102', '103', '104', '105']);
    const withText = await client.getArticle({ id: '104' });
    assert.equal(withText.title, 'Quick note: the bridge reopens on Monday at seven in…');
    const empty = await client.getArticle({ id: '105' });
    assert.equal(empty.title, 'November 23, 2026');
    assert.equal(items.find((i) => i.id === '105')?.title, 'November 23, 2026');
  });

  it('comment_flood is a rate limit (429 rate_limited, as the reference server says it), not a refusal', async () => {
    await rejects(site('flood').postComment('101', draft), (e) => {
      assert.deepEqual([e.status, e.code], [429, 'rate_limited']);
      assert.match(e.message, /too quickly/);
    });
  });

  it('comment_duplicate says its message as text, entities decoded', async () => {
    await rejects(site('duplicate').postComment('101', draft), (e) => {
      assert.deepEqual([e.status, e.code], [409, 'comment_duplicate']);
      assert.match(e.message, /you’ve already said that/);
      assert.doesNotMatch(e.message, /&#8217;/);
    });
  });
});

describe('Ghost posts', () => {
  it('maps a post with include=authors,tags to a valid Article', async () => {
    const article = await gh().getArticle({ slug: 'welcome' });
    assert.equal(Article.safeParse(article).success, true);
    assert.equal(article.title, 'Welcome to Ghost & friends');
    assert.equal(article.lang, 'en');
    assert.equal(article.readingMinutes, 3);
    assert.deepEqual(article.section, { id: 'news', name: 'News', path: ['News'] });
    assert.deepEqual(article.tags, ['News']); // the #internal tag is left out
    assert.deepEqual(article.image, { src: `${cms.origin}/ghost-en/content/images/2026/11/welcome.jpg`, alt: 'The Ghost logo', width: 1600, height: 900, caption: 'Photo by Unsplash & friends' });
    assert.equal(article.publishedAt, '2026-11-20T09:00:00.000+00:00');
    assert.equal(article.commentsOpen, false);
    const request = cms.requests.find((r) => r.url.includes('/posts/slug/welcome/'))!;
    assert.match(request.url, /key=22444f78447824223cefc48062/);
    assert.match(request.url, /include=authors%2Ctags/);
    assert.equal(request.headers['accept-version'], 'v5.0');
  });

  it('takes the language from the site settings', async () => {
    const article = await gh('ghost-ar').getArticle({ id: '5b7ada404f87d200b5b1f9c8' });
    assert.equal(article.lang, 'ar');
    assert.deepEqual((await gh('ghost-ar').listLanguages()).map((l) => [l.lang, l.dir]), [['ar', 'rtl']]);
  });

  it('a post without feature image or excerpt is still valid', async () => {
    const article = await gh().getArticle({ slug: 'no-image' });
    assert.equal(article.image, undefined);
    assert.equal(article.lead, undefined);
    assert.equal(article.author, undefined);
    assert.equal(article.readingMinutes, 0);
  });

  it('pages with meta.pagination as the cursor', async () => {
    const client = gh();
    const first = await client.listArticles({ limit: 10 });
    assert.equal(first.items.length, 10);
    assert.equal(first.nextCursor, '2');
    const ids: string[] = [];
    for await (const item of client.articles({ limit: 10 })) ids.push(item.id);
    assert.equal(ids.length, 22);
  });

  it('a bad key: a typed 401', async () => {
    await rejects(gh('ghost-en', 'bad0bad0bad0bad0bad0bad000').getArticle({ slug: 'welcome' }), (e) => {
      assert.equal(e.status, 401);
      assert.equal(e.code, 'unauthorized');
      assert.match(e.message, /Unknown Content API Key/);
    });
  });

  it('comments are unavailable, through the same typed error', async () => {
    const client = gh();
    for (const call of [client.listComments('x'), client.postComment('x', { authorName: 'a', email: 'a@b.cd', body: 'b', captcha: { kind: 'pow', payload: 'x' } }), client.getCaptcha()]) {
      await rejects(call, (e) => assert.equal(e.code, 'comments_unavailable'));
    }
  });
});

describe('htmlToText', () => {
  it('decodes entities with the entities package and drops tags and scripts', () => {
    assert.equal(htmlToText('It&#8217;s AT&amp;T &hellip; &lt;b&gt; <em>x</em><script>alert(1)</script> &#x1F600;'), 'It’s AT&T … <b> x 😀');
  });
});
