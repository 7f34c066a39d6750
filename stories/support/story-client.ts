/**
 * A real client over an in-memory fetch, so stories reach every state without
 * a server: `loading` never answers (until aborted), a status number answers
 * with that error, anything else is the JSON body of a 200.
 */
import { createNewsClient, type NewsClient } from '../../src/sdk/client.js';

/** A promise that never settles until its request is aborted: a request that stays in flight. */
export function hang(request: Request): Promise<never> {
  return new Promise<never>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
}

export function storyClient(answer: 'loading' | number | object): NewsClient {
  return createNewsClient({
    baseUrl: 'https://news.example.org/api',
    retries: 0,
    fetch: (async (input: RequestInfo | URL) => {
      const request = input as Request;
      if (answer === 'loading') return hang(request);
      if (typeof answer === 'number') {
        const code = answer === 404 ? 'not_found' : 'unavailable';
        return new Response(JSON.stringify({ error: { code, message: '' } }), { status: answer });
      }
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
}

/** A JSON response with any status and headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/**
 * What a route answers: a Response as is, anything else as the JSON body of a
 * 200; a promise of either (`hang` never answers, a rejection is a network error).
 */
export type StoryRoute = (request: Request) => unknown;

/**
 * A client that answers per route, keyed `'METHOD /path'` (the path after
 * `/api`, without the query), e.g.
 * `storyRoutes({ 'GET /captcha': ..., 'POST /articles/4711/comments': ... })`.
 * Other routes answer 404. No timeout, so a hanging route stays in flight.
 */
export function storyRoutes(routes: Record<string, StoryRoute>): NewsClient {
  return createNewsClient({
    baseUrl: 'https://news.example.org/api',
    retries: 0,
    timeoutMs: 600_000,
    fetch: (async (input: RequestInfo | URL) => {
      const request = input as Request;
      const path = new URL(request.url).pathname.replace(/^\/api/, '');
      const route = routes[`${request.method} ${path}`];
      if (!route) return json(404, { error: { code: 'not_found', message: `No story route for ${request.method} ${path}` } });
      const answer = await route(request);
      return answer instanceof Response ? answer : json(200, answer);
    }) as typeof fetch,
  });
}
