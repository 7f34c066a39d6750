/**
 * Conditional requests, as request hooks: GET answers that carry an ETag are held (the 100 most
 * recently used), the next GET of the same URL asks `If-None-Match`, and a 304 is answered with the
 * held body, so a server sends no body for what has not changed. For clients with no HTTP cache of
 * their own (Node, build scripts, workers without one): `createNewsClient({ baseUrl, hooks:
 * conditionalRequests() })`. Pages need none of it: their HTTP cache revalidates by itself, and a
 * conditional request made by hand would bypass it.
 */
import type { Hooks } from './http.js';

const MAX_HELD = 100;

export function conditionalRequests(held = new Map<string, { etag: string; text: string; type: string }>()): Required<Hooks> {
  return {
    beforeRequest: [
      ({ request }) => {
        const copy = request.method === 'GET' ? held.get(request.url) : undefined;
        if (!copy) return;
        const headers = new Headers(request.headers);
        headers.set('if-none-match', copy.etag);
        return new Request(request, { headers });
      },
    ],
    afterResponse: [
      async ({ request, response }) => {
        if (request.method !== 'GET') return;
        const copy = held.get(request.url);
        if (response.status === 304 && copy) {
          return new Response(copy.text, { status: 200, headers: { 'content-type': copy.type, etag: copy.etag } });
        }
        const etag = response.headers.get('etag');
        if (!response.ok || !etag) return;
        held.delete(request.url);
        held.set(request.url, { etag, text: await response.clone().text(), type: response.headers.get('content-type') ?? 'application/json' });
        if (held.size > MAX_HELD) held.delete(held.keys().next().value!);
      },
    ],
  };
}
