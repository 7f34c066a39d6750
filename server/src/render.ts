/**
 * Server rendering for the demo site: the library's own `news-elements/ssr`, from the same build as the
 * CDN files the pages load (dist/ssr beside dist/cdn). Lit matches a server-rendered template to the
 * browser's by a digest of its strings, so the two must come from one build: a server rendering from the
 * sources while the browser runs the minified CDN files would hydrate nothing.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Ssr from '../../src/ssr/index.js';

const entries = new Map<string, Promise<typeof Ssr>>();

/** news-elements/ssr of the build whose CDN files are in `cdnDir`; loaded once (it brings jsdom). */
export function serverRenderer(cdnDir: string): Promise<typeof Ssr> {
  const file = path.join(cdnDir, '..', 'ssr', 'index.js');
  let entry = entries.get(file);
  if (!entry) {
    entry = import(pathToFileURL(file).href).catch((error: unknown) => {
      entries.delete(file);
      throw new Error(`the demo site renders with ${file}: run npm run build first`, { cause: error });
    }) as Promise<typeof Ssr>;
    entries.set(file, entry);
  }
  return entry;
}
