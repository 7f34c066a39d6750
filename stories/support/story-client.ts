/**
 * A real client over an in-memory fetch, so stories reach every state without
 * a server: `loading` never answers (until aborted), a status number answers
 * with that error, anything else is the JSON body of a 200.
 */
import { createNewsClient, type NewsClient } from '../../src/sdk/client.js';

export function storyClient(answer: 'loading' | number | object): NewsClient {
  return createNewsClient({
    baseUrl: 'https://news.example.org/api',
    retries: 0,
    fetch: (async (input: RequestInfo | URL) => {
      const request = input as Request;
      if (answer === 'loading') {
        return new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
      }
      if (typeof answer === 'number') {
        const code = answer === 404 ? 'not_found' : 'unavailable';
        return new Response(JSON.stringify({ error: { code, message: '' } }), { status: answer });
      }
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
}
