import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  Article,
  ArticleSummaryPage,
  Captcha,
  CommentPage,
  CommentResult,
  Language,
  NewsError,
  ViewCount,
  articleJsonLd,
  createNewsClient,
  serializeJsonLd,
} from '../../src/sdk/index.js';
import * as z from 'zod/mini';
import { article, responseBody } from './arbitraries.js';

const draft = { authorName: 'Ali', email: 'ali@example.org', body: 'Hi', captcha: { kind: 'pow' as const, payload: 'p' } };

describe('properties', () => {
  it('the article arbitrary only makes valid articles', () => {
    fc.assert(fc.property(article, (a) => Article.safeParse(a).success), { numRuns: 200 });
  });

  it('for any response body, every method resolves to valid data or rejects with a NewsError', async () => {
    const methods = [
      { call: (c: ReturnType<typeof createNewsClient>) => c.getArticle({ id: '1' }), schema: Article },
      { call: (c: ReturnType<typeof createNewsClient>) => c.listArticles(), schema: ArticleSummaryPage },
      { call: (c: ReturnType<typeof createNewsClient>) => c.listComments('1'), schema: CommentPage },
      { call: (c: ReturnType<typeof createNewsClient>) => c.getCaptcha(), schema: Captcha },
      { call: (c: ReturnType<typeof createNewsClient>) => c.recordView('1'), schema: ViewCount },
      { call: (c: ReturnType<typeof createNewsClient>) => c.listLanguages(), schema: z.array(Language) },
      { call: (c: ReturnType<typeof createNewsClient>) => c.postComment('1', draft), schema: CommentResult },
    ];
    await fc.assert(
      fc.asyncProperty(
        responseBody,
        fc.constantFrom(200, 200, 201, 400, 404, 422, 429, 500, 503),
        fc.boolean(),
        fc.integer({ min: 0, max: methods.length - 1 }),
        async (body, status, raw, index) => {
          const text = raw ? JSON.stringify(body).slice(0, 40) : JSON.stringify(body);
          const client = createNewsClient({
            baseUrl: 'http://127.0.0.1:9/api',
            retries: 0,
            fetch: async () => new Response(text, { status, headers: { 'content-type': 'application/json' } }),
          });
          const { call, schema } = methods[index]!;
          try {
            const data = await call(client);
            assert.ok(schema.safeParse(data).success, 'resolved data passes the schema');
          } catch (error) {
            assert.ok(error instanceof NewsError, `rejected with ${String(error)}`);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('for any valid article, the JSON-LD parses back and cannot close its script element', () => {
    fc.assert(
      fc.property(article, (a) => {
        const ld = articleJsonLd(a, { publisher: { name: 'News </script>', logo: '/logo.png' } });
        const serialized = serializeJsonLd(ld);
        assert.deepEqual(JSON.parse(serialized), ld);
        assert.doesNotMatch(serialized, /<\/script/i);
        assert.doesNotMatch(serialized, /[<>\u2028\u2029]/);
      }),
      { numRuns: 300 },
    );
  });
});
