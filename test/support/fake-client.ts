/**
 * The one fake client, for element tests and Storybook stories: the real
 * createNewsClient (or createNewsAdminClient) over an in-memory fetch, so data still goes through the
 * SDK's validation. Routes are keyed `'METHOD /path'` (a regular expression
 * over the path after `/api`, without the query). A route answers a Response
 * as is and anything else as the JSON body of a 200; a promise of either
 * (`hang` never answers, a rejection is a network error). Other routes
 * answer 404.
 */
import { createNewsAdminClient, type NewsAdminClient } from '../../src/sdk/admin.js';
import { createNewsClient, type NewsClient } from '../../src/sdk/client.js';

export type Route = (url: URL, request: Request) => unknown;

export interface FakeClient extends NewsClient {
  /** Every request made, as `'METHOD /path?query'`. */
  calls: string[];
}

export interface FakeClientOptions {
  /** Delay before each answer, in ms. */
  delayMs?: number;
  /** The client's per-attempt timeout (default 10 s; stories use a long one, so a hanging route stays in flight). */
  timeoutMs?: number;
}

export function fakeClient(routes: Record<string, Route>, options: FakeClientOptions = {}): FakeClient {
  const calls: string[] = [];
  const client = createNewsClient({
    baseUrl: 'https://news.example.org/api',
    retries: 0,
    ...(options.timeoutMs && { timeoutMs: options.timeoutMs }),
    fetch: fakeFetch(routes, options, calls),
  });
  return Object.assign(client, { calls });
}

export interface FakeAdminClient extends NewsAdminClient {
  /** Every request made, as `'METHOD /path?query'`. */
  calls: string[];
}

/** The real createNewsAdminClient over the same in-memory fetch (token `test-admin-token`). */
export function fakeAdminClient(routes: Record<string, Route>, options: FakeClientOptions = {}): FakeAdminClient {
  const calls: string[] = [];
  const client = createNewsAdminClient({
    baseUrl: 'https://news.example.org/api',
    token: 'test-admin-token',
    retries: 0,
    ...(options.timeoutMs && { timeoutMs: options.timeoutMs }),
    fetch: fakeFetch(routes, options, calls),
  });
  return Object.assign(client, { calls });
}

/** The in-memory fetch behind both fake clients; also what a test installs as `window.fetch` for an element that makes its own client. */
export function fakeFetch(routes: Record<string, Route>, options: FakeClientOptions = {}, calls: string[] = []): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api/, '');
    calls.push(`${request.method} ${path}${url.search}`);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const route = Object.entries(routes).find(([pattern]) => new RegExp(`^${pattern}$`).test(`${request.method} ${path}`));
    if (!route) return json(404, { error: { code: 'not_found', message: `No route for ${request.method} ${path}` } });
    const result = await route[1](url, request);
    return result instanceof Response ? result : json(200, result);
  };
}

/** A JSON response with any status and headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A promise that never settles until its request is aborted: a loading state that stays. */
export function hang(request: Request): Promise<never> {
  return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
}

/**
 * A client for a story that shows one state: `loading` never answers (until
 * aborted), a status number answers with that error, anything else is the
 * JSON body of a 200, for every route.
 */
export function storyClient(answer: 'loading' | number | object): FakeClient {
  return fakeClient(
    {
      '.*': (_url, request) => {
        if (answer === 'loading') return hang(request);
        if (typeof answer === 'number') return json(answer, { error: { code: answer === 404 ? 'not_found' : 'unavailable', message: '' } });
        return answer;
      },
    },
    { timeoutMs: 600_000 },
  );
}
