/**
 * What the WordPress and Ghost adapters share: requests through the SDK's engine (timeout, retries,
 * abort) with the answer's headers, CMS error bodies turned into typed errors, HTML to text with a
 * well-kept entity decoder, defensive readers of JSON, validation of what the adapter built, and the
 * errors of what a back end lacks. Only the adapter entries import this file: the News API client and
 * the elements never pay for it.
 */
import { decodeHTML } from 'entities/decode';
import * as z from 'zod/mini';
import type { NewsClient } from '../client.js';
import { NewsHttpError, NewsValidationError, issuesOf, isNewsHttpError, type FieldErrors } from '../errors.js';
import { InflightGets, send, type EngineOptions } from '../http.js';
import { isLanguageTag } from '../language-tag.js';
import type { Captcha, Language } from '../schemas.js';

/** A JSON object, as the readers below see one. */
export type Json = Record<string, unknown>;

export const obj = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
/** A positive integer, or undefined. */
export const positive = (value: unknown): number | undefined => {
  const n = num(value);
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
};

/** Text from CMS HTML (a rendered title, an excerpt, a caption): tags out, entities decoded, spaces folded. */
export function htmlToText(html: string | undefined, keepParagraphs = false): string {
  if (!html) return '';
  let text = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  if (keepParagraphs) text = text.replace(/<\/p\s*>\s*<p\b[^>]*>/gi, '\n\n').replace(/<br\s*\/?>/gi, '\n');
  text = decodeHTML(text.replace(/<[^>]*>/g, ''));
  return keepParagraphs
    ? text.replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    : text.replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `max` characters (an ellipsis marks the cut), so a long CMS field still fits the contract. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Throws the option errors of an adapter the way createNewsClient does. */
export function optionFailure(adapter: string) {
  return (message: string): never => {
    throw new TypeError(`${adapter}: ${message}`);
  };
}

/** Checks an adapter's `baseUrl` option (a string or URL; createNewsClient checks the URL itself). */
export function checkBaseUrl(value: unknown, fail: (message: string) => never): string {
  if (value instanceof URL) return value.href;
  if (typeof value !== 'string' || value.trim() === '') fail('baseUrl must be a non-empty string or URL');
  return value as string;
}

/** `baseUrl` with exactly one slash at the end, then `path` unless it is there already. */
export function rootUnder(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/*$/, '/');
  return base.endsWith(`/${path}`) ? base : `${base}${path}`;
}

/** Checks an optional language tag option. */
export function checkLang(value: unknown, name: string, fail: (message: string) => never): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isLanguageTag(value)) fail(`${name} must be a BCP 47 language tag, got ${String(value)}`);
  return value as string;
}

/** A WordPress locale (`en_US`, `ar`, `pt_BR_formal`) or Ghost's `lang` as a BCP 47 tag, or undefined. */
export function languageTagOf(locale: unknown): string | undefined {
  const parts = str(locale)?.split(/[_-]/) ?? [];
  const [language, region] = parts;
  if (!language || !/^[a-z]{2,3}$/i.test(language)) return undefined;
  const tag = region && /^[a-z]{2}$/i.test(region) ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
  return isLanguageTag(tag) ? tag : undefined;
}

// The scripts written right to left among the languages a news site is likely to have.
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** A Language of the contract from a tag, with names from Intl.DisplayNames (English and native). */
export function languageOf(lang: string, nativeName?: string, rtl?: boolean): Language {
  const named = (locale: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(lang);
    } catch {
      return undefined;
    }
  };
  const base = lang.split('-')[0]!.toLowerCase();
  return {
    lang,
    name: clip(named('en') ?? lang, 100),
    nativeName: clip(nativeName?.trim() || named(lang) || lang, 100),
    dir: (rtl ?? RTL.has(base)) ? 'rtl' : 'ltr',
  };
}

/** A date of the CMS as ISO 8601 with an offset: WordPress's `*_gmt` fields have none, and are UTC. */
export function utcDate(value: unknown): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(text)) return `${text}Z`;
  return /(Z|[+-]\d\d:\d\d)$/.test(text) ? text : undefined;
}

/** Parses what an adapter built with the contract's schema: a valid result or a NewsValidationError. */
export function checked<T>(schema: z.ZodMiniType<T>, value: unknown, what: string, url?: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new NewsValidationError(what, issuesOf(result.error), {
    cause: result.error,
    ...(url && { request: { method: 'GET', url } }),
  });
}

export interface CmsRequest {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  what: string;
  signal?: AbortSignal | undefined;
}

export interface CmsAnswer {
  body: unknown;
  headers: Headers;
  url: string;
}

const anyJson = z.unknown();

/**
 * The requests of one adapter client: the SDK's engine (timeout, retries with backoff, Retry-After,
 * abort, hooks), identical concurrent GETs shared, and the answer's headers kept (paging lives there
 * in WordPress). `toError` turns a CMS error body into the SDK's typed error.
 */
export function cmsRequester(engine: EngineOptions, toError: (error: NewsHttpError) => NewsHttpError) {
  const inflight = new InflightGets();
  async function once(spec: CmsRequest, signal: AbortSignal | undefined): Promise<CmsAnswer> {
    let headers = new Headers();
    let url = '';
    const keepHeaders: EngineOptions = {
      ...engine,
      fetch: async (request) => {
        url = request.url;
        const response = await engine.fetch(request);
        headers = response.headers;
        return response;
      },
    };
    try {
      const body = await send(keepHeaders, { method: spec.method ?? 'GET', path: spec.path, query: spec.query, body: spec.body, schema: anyJson, what: spec.what, signal });
      return { body, headers, url };
    } catch (error) {
      throw isNewsHttpError(error) ? toError(error) : error;
    }
  }
  return (spec: CmsRequest): Promise<CmsAnswer> => {
    if (spec.method === 'POST') return once(spec, spec.signal);
    const key = JSON.stringify([spec.path, spec.query ?? {}]);
    return inflight.run(key, spec.signal, (signal) => once(spec, signal));
  };
}

/** The same error with the CMS's own code and message (and field errors, or another status, when given). */
export function withCode(
  error: NewsHttpError,
  code: string,
  more: { status?: number; fieldErrors?: FieldErrors; message?: unknown } = {},
): NewsHttpError {
  const message = more.message ?? obj(error.body)?.message;
  return new NewsHttpError({
    status: more.status ?? error.status,
    code,
    body: error.body,
    ...(error.request && { request: error.request }),
    ...(typeof message === 'string' && { serverMessage: message.slice(0, 500) }),
    ...(more.fieldErrors && { fieldErrors: more.fieldErrors }),
    ...(error.retryAfter !== undefined && { retryAfter: error.retryAfter }),
    cause: error,
  });
}

/**
 * The typed error of something the back end lacks (comments on Ghost, anonymous comments on a
 * WordPress site that refuses them): a `NewsHttpError` with code `comments_unavailable` and status
 * 403, which the comment form shows as a refusal (not as a network failure to retry).
 */
export function unavailable(what: string, reason: string): NewsHttpError {
  return new NewsHttpError({ status: 403, code: 'comments_unavailable', serverMessage: `${what}: ${reason}` });
}

/**
 * A proof-of-work challenge made here, for back ends that check none: solved at the first try (the
 * answer is 0), so the comment form, which always asks for a captcha, sends at once. The answer is
 * never sent to the back end. WebCrypto: Node 20, browsers (secure contexts) and workers.
 */
export async function localChallenge(): Promise<Captcha> {
  const salt = `${globalThis.crypto.randomUUID()}.`;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}0`));
  const challenge = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { kind: 'pow', algorithm: 'SHA-256', challenge, salt, signature: 'none', maxnumber: 1 };
}

/** The `articles()` iterator over any `listArticles`, stopping when a back end repeats a cursor. */
export function iterate(listArticles: NewsClient['listArticles']): NewsClient['articles'] {
  return (params = {}, call) => ({
    async *[Symbol.asyncIterator]() {
      let cursor: string | undefined;
      const seen = new Set<string | undefined>();
      do {
        const page = await listArticles({ ...params, ...(cursor !== undefined && { cursor }) }, call);
        yield* page.items;
        cursor = page.nextCursor ?? undefined;
        if (seen.has(cursor)) return;
        seen.add(cursor);
      } while (cursor !== undefined);
    },
  });
}

/** A page number from a cursor this adapter gave, or a NewsValidationError for anything else. */
export function pageOf(cursor: string | undefined): number {
  if (cursor === undefined) return 1;
  if (/^[1-9]\d{0,5}$/.test(cursor)) return Number(cursor);
  throw new NewsValidationError('cursor', [{ path: ['cursor'], code: 'invalid_format', message: 'Expected a cursor this client gave (a page number)' }]);
}

/** Ids of a comma list or array, as the contract's `exclude` takes them. */
export function idList(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : (value ?? '').split(',')).map((id) => id.trim()).filter(Boolean);
}
