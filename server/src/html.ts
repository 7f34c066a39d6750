/**
 * What the server's HTML pages share: escaping, the Content-Security-Policy with a per-response
 * nonce, and the module scripts that load the library's CDN files (dist/cdn, served at /cdn/).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from 'hono';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML element content and quoted attribute values. */
export const esc = (value: string | number) => String(value).replace(/[&<>"']/g, (ch) => ESC[ch] ?? ch);

export interface Script {
  src: string;
  preload: string[];
}

/** Sends a page with a Content-Security-Policy that allows only our own scripts and this page's nonce. */
export function sendPage(c: Context, nonce: string, html: string, headers: Record<string, string> = {}): Response {
  return c.html(html, 200, {
    'content-security-policy': [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    ...headers,
  });
}

export const newNonce = () => randomBytes(16).toString('base64');

/** What dist/cdn/manifest.json says (written by the build from the chunk graph; names carry hashes). */
interface CdnManifest {
  /** Tag → the files of its element for the autoloader, every chunk it needs included. */
  elements: Record<string, string[]>;
  /** Locale → its translations, for the element files. */
  translations: Record<string, string>;
  /** The bundle: its own file(s), the lazy chunks an article needs at once, and of those the sanitizer's and the hydration support's. */
  bundle: { files: string[]; lazy: string[]; sanitizer: string[]; hydrate: string[] };
  bundleTranslations: Record<string, string>;
}

/** The manifest, read on each page so that a rebuild needs no restart; undefined before a build. */
function cdnManifest(cdnDir: string): CdnManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(cdnDir, 'manifest.json'), 'utf8')) as CdnManifest;
  } catch {
    return undefined;
  }
}

const cdnPaths = (files: (string | undefined)[]) => [...new Set(files.filter((f) => f !== undefined))].map((file) => `/cdn/${file}`);

/**
 * Front pages: the autoloader, which loads the elements the page uses. What each needs (and the
 * locale's translations) is preloaded here, as the loader would itself, so it all comes in one round trip.
 */
export function loaderScript(cdnDir: string, lang: string, tags: readonly string[], { serverRendered = false } = {}): Script {
  const manifest = cdnManifest(cdnDir);
  // A server-rendered page needs Lit's hydration support first (the loader imports it before the elements).
  const needed = serverRendered ? [...tags, 'hydrate'] : tags;
  return {
    src: '/cdn/loader.js',
    preload: manifest ? cdnPaths([...needed.flatMap((tag) => manifest.elements[tag] ?? []), manifest.translations[lang]]) : [],
  };
}

/**
 * Article pages use every element: the one bundle, with the lazy chunks an article needs and the locale's
 * translations preloaded. A server-rendered page needs the hydration support and not the sanitizer (its
 * article body is in the page already); a page rendered in the browser the other way round.
 */
export function bundleScript(cdnDir: string, lang: string, { serverRendered = false } = {}): Script {
  const manifest = cdnManifest(cdnDir);
  const skipped = (serverRendered ? manifest?.bundle.sanitizer : manifest?.bundle.hydrate) ?? [];
  const lazy = manifest?.bundle.lazy.filter((file) => !skipped.includes(file)) ?? [];
  return { src: '/cdn/news-elements.js', preload: manifest ? cdnPaths([...lazy, manifest.bundleTranslations[lang]]) : [] };
}
