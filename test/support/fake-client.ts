/**
 * A client for element tests and stories: the real createNewsClient over an
 * in-memory fetch, so data still goes through the SDK's validation. Responses
 * can be delayed, failed or left hanging per route.
 */
import { createNewsClient, type NewsClient } from '../../src/sdk/client.js';

export type Route = (url: URL, init: Request) => unknown | Response | Promise<unknown | Response>;

export interface FakeClient extends NewsClient {
  calls: string[];
}

export function fakeClient(routes: Record<string, Route>, options: { delayMs?: number } = {}): FakeClient {
  const calls: string[] = [];
  const client = createNewsClient({
    baseUrl: 'https://news.test/api',
    retries: 0,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const url = new URL(request.url);
      const path = url.pathname.replace(/^\/api/, '');
      calls.push(`${request.method} ${path}${url.search}`);
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      const route = Object.entries(routes).find(([pattern]) => new RegExp(`^${pattern}$`).test(`${request.method} ${path}`));
      if (!route) return new Response(JSON.stringify({ error: { code: 'not_found', message: 'No route' } }), { status: 404 });
      const result = await route[1](url, request);
      return result instanceof Response ? result : new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  return Object.assign(client, { calls });
}

/** A promise that never settles until its request is aborted: a loading state that stays. */
export function hang(request: Request): Promise<never> {
  return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
}
