import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApiDocument } from '../../src/sdk/openapi.js';

// The routes of the HTTP API table in ../shared/DESIGN.md, read from the design itself when it is there.
const FALLBACK_ROUTES = [
  'GET /languages',
  'GET /articles',
  'GET /articles/{id}',
  'GET /articles/by-slug/{slug}',
  'POST /articles/{id}/views',
  'GET /articles/{id}/comments',
  'POST /articles/{id}/comments',
  'GET /captcha',
  'GET /admin/comments',
  'POST /admin/comments/{id}/approve',
  'POST /admin/comments/{id}/reject',
];

function designRoutes(): string[] {
  let design: string;
  try {
    design = readFileSync(new URL('../../../shared/DESIGN.md', import.meta.url), 'utf8');
  } catch {
    return FALLBACK_ROUTES;
  }
  const routes = new Set<string>();
  for (const line of design.split('\n').filter((l) => l.startsWith('| `'))) {
    let last = { method: '', path: '' };
    for (const [, code] of line.split(/(?<!\\)\|/)[1]!.matchAll(/`([^`]+)`/g)) {
      const full = /^(GET|POST) \/api([^?\s]*)/.exec(code!);
      if (full) last = { method: full[1]!, path: full[2]! };
      else if (code!.startsWith('.../')) last = { ...last, path: last.path.replace(/\/[^/]+$/, '') + code!.slice(3) };
      else continue;
      routes.add(`${last.method} ${last.path}`);
    }
  }
  return routes.size > 0 ? [...routes] : FALLBACK_ROUTES;
}

describe('OpenAPI document', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };

  it('is OpenAPI 3.1 with the data model as components', () => {
    assert.equal(doc.openapi, '3.1.0');
    for (const name of ['Article', 'ArticleSummary', 'Comment', 'CommentDraft', 'CommentResult', 'Captcha', 'Language', 'ErrorBody']) {
      assert.ok(doc.components.schemas[name], `components.schemas.${name}`);
    }
  });

  it('covers every route of the HTTP API in DESIGN.md', () => {
    const routes = designRoutes();
    assert.ok(routes.length >= 11, `found ${routes.length} routes`);
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      assert.ok(doc.paths[path]?.[method.toLowerCase()], `${route} is documented`);
    }
  });

  it('never documents an email in a response', () => {
    const json = JSON.stringify(doc.components.schemas.Comment);
    assert.doesNotMatch(json, /email/);
  });

  it('says what the refinements check', () => {
    const article = doc.components.schemas.Article as { properties: Record<string, { format?: string; type?: string }> };
    assert.equal(article.properties.url!.format, 'uri-reference');
    assert.equal(article.properties.publishedAt!.format, 'date-time');
    assert.equal(article.properties.viewCount!.type, 'integer');
  });
});
