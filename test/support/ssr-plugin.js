// Server rendering for the browser tests: POST /ssr with { tag, options } (renderElement's arguments,
// as JSON) answers the element's HTML with its declarative shadow root, rendered by the built
// news-elements/ssr (dist/ssr/index.js, from `npm run build`) in the test runner's Node process. The
// hydration tests parse that HTML, mark its nodes, then let the elements take it over.
//
// Usage in web-test-runner.config.js: middleware: [ssrMiddleware()].
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'ssr', 'index.js');

export function ssrMiddleware() {
  let ssr;
  return async (ctx, next) => {
    if (ctx.method !== 'POST' || ctx.path !== '/ssr') return next();
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    try {
      const { tag, options } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      ssr ??= import(pathToFileURL(entry).href);
      const { renderElement } = await ssr;
      ctx.body = await renderElement(tag, options);
      ctx.type = 'text/html';
    } catch (error) {
      ctx.status = 500;
      ctx.body = `news-elements/ssr failed (run npm run build first): ${error instanceof Error ? error.stack : String(error)}`;
    }
  };
}
