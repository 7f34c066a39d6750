/**
 * The request engine: timeout, retries with backoff and jitter, Retry-After,
 * idempotency keys, response validation. DOM-free: it needs only `fetch`,
 * `AbortController`, `Request` and `Headers`, which Node 20, browsers and
 * workers all have.
 */
import type * as z from 'zod/mini';
import {
  NewsAbortError,
  NewsError,
  NewsHttpError,
  NewsNetworkError,
  NewsTimeoutError,
  NewsValidationError,
  issuesOf,
  type RequestSummary,
} from './errors.js';
import { ErrorBody } from './schemas.js';

export type FetchLike = (request: Request) => Promise<Response>;

/** What a hook receives; one object, so adding a field later breaks nobody. */
export interface BeforeRequestState {
  request: Request;
  /** The client's settings. */
  options: { baseUrl: string; timeoutMs: number; retries: number };
  /** 0 for the first try, 1 for the first retry, ... */
  attempt: number;
}
export interface AfterResponseState extends BeforeRequestState {
  response: Response;
}
export interface Hooks {
  /** May return a new Request (e.g. with an auth header) or nothing. */
  beforeRequest?: ((state: BeforeRequestState) => Request | void | Promise<Request | void>)[];
  /** May return a new Response or nothing. */
  afterResponse?: ((state: AfterResponseState) => Response | void | Promise<Response | void>)[];
}

export interface EngineOptions {
  baseUrl: URL;
  fetch: FetchLike;
  headers: Record<string, string>;
  timeoutMs: number;
  retries: number;
  hooks: Hooks;
  /** Longest wait honoured from a Retry-After header, in ms; longer waits fail at once. */
  maxRetryAfterMs: number;
  /** First backoff step in ms (doubles each retry, full jitter). */
  backoffMs: number;
}

export interface RequestSpec<T> {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  schema: z.ZodMiniType<T>;
  /** What the body is, for error messages: "article", "page of comments". */
  what: string;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const BACKOFF_CAP_MS = 10_000;

/** Builds the absolute URL of a path under the API root. */
export function buildUrl(baseUrl: URL, path: string, query: RequestSpec<unknown>['query'] = {}): URL {
  const base = baseUrl.href.endsWith('/') ? baseUrl.href : `${baseUrl.href}/`;
  const url = new URL(path.replace(/^\//, ''), base);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Full-jitter exponential backoff: a random wait in [0, min(cap, base * 2^attempt)]. */
export function backoffDelay(attempt: number, baseMs: number, random = Math.random): number {
  return Math.floor(random() * Math.min(BACKOFF_CAP_MS, baseMs * 2 ** attempt));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

class RetryableError extends Error {
  constructor(
    readonly error: NewsError,
    readonly waitMs?: number,
  ) {
    super(error.message);
  }
}

/** Sends one request with retries and returns the validated body. */
export async function send<T>(options: EngineOptions, spec: RequestSpec<T>): Promise<T> {
  const url = buildUrl(options.baseUrl, spec.path, spec.query);
  const info: RequestSummary = { method: spec.method, url: url.href };
  const canRetry = spec.method === 'GET' || spec.idempotencyKey !== undefined;
  const maxAttempts = canRetry ? options.retries + 1 : 1;

  for (let attempt = 0; ; attempt++) {
    if (spec.signal?.aborted) throw new NewsAbortError({ request: info, cause: spec.signal.reason });
    try {
      return await attemptOnce(options, spec, url, info, attempt);
    } catch (caught) {
      if (!(caught instanceof RetryableError)) throw caught;
      if (attempt + 1 >= maxAttempts) throw caught.error;
      const wait = caught.waitMs ?? backoffDelay(attempt, options.backoffMs);
      try {
        await sleep(wait, spec.signal);
      } catch (reason) {
        throw new NewsAbortError({ request: info, cause: reason });
      }
    }
  }
}

async function attemptOnce<T>(
  options: EngineOptions,
  spec: RequestSpec<T>,
  url: URL,
  info: RequestSummary,
  attempt: number,
): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new NewsTimeoutError(options.timeoutMs, { request: info })), options.timeoutMs);
  const signals = spec.signal ? [spec.signal, timeout.signal] : [timeout.signal];
  const signal = AbortSignal.any(signals);
  const failure = (cause: unknown): NewsError => {
    if (spec.signal?.aborted) return new NewsAbortError({ request: info, cause: spec.signal.reason });
    if (timeout.signal.aborted) return new NewsTimeoutError(options.timeoutMs, { request: info, cause });
    if (cause instanceof NewsError) return cause;
    return new NewsNetworkError({ request: info, cause });
  };

  try {
    const headers = new Headers(options.headers);
    headers.set('accept', 'application/json');
    if (spec.body !== undefined) headers.set('content-type', 'application/json');
    if (spec.idempotencyKey !== undefined) headers.set('idempotency-key', spec.idempotencyKey);
    let request = new Request(url, {
      method: spec.method,
      headers,
      body: spec.body === undefined ? null : JSON.stringify(spec.body),
      signal,
    });
    const settings = { baseUrl: options.baseUrl.href, timeoutMs: options.timeoutMs, retries: options.retries };
    for (const hook of options.hooks.beforeRequest ?? []) {
      request = (await hook({ request, options: settings, attempt })) ?? request;
    }

    let response: Response;
    let text: string;
    try {
      response = await options.fetch(request);
      for (const hook of options.hooks.afterResponse ?? []) {
        response = (await hook({ request, response, options: settings, attempt })) ?? response;
      }
      text = await response.text();
    } catch (cause) {
      const error = failure(cause);
      if (error instanceof NewsAbortError) throw error;
      throw new RetryableError(error);
    }

    if (!response.ok) throw httpFailure(response, text, info, options);
    return parseBody(text, spec, info);
  } catch (caught) {
    if (caught instanceof RetryableError || caught instanceof NewsError) throw caught;
    throw failure(caught);
  } finally {
    clearTimeout(timer);
  }
}

function httpFailure(response: Response, text: string, info: RequestSummary, options: EngineOptions): Error {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  const parsed = ErrorBody.safeParse(body);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const error = new NewsHttpError({
    status: response.status,
    request: info,
    body,
    ...(parsed.success && {
      code: parsed.data.error.code,
      serverMessage: parsed.data.error.message,
      fieldErrors: parsed.data.error.fieldErrors,
    }),
    ...(retryAfter !== undefined && { retryAfter }),
  });
  if (!RETRY_STATUS.has(response.status)) return error;
  if (retryAfter === undefined) return new RetryableError(error);
  const waitMs = retryAfter * 1000;
  // A wait longer than the cap is not worth holding a caller for: fail now, with retryAfter set.
  return waitMs > options.maxRetryAfterMs ? error : new RetryableError(error, waitMs);
}

function parseBody<T>(text: string, spec: RequestSpec<T>, info: RequestSummary): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new NewsValidationError(
      `${spec.what} response`,
      [{ path: [], code: 'invalid_json', message: 'the body is not JSON' }],
      { request: info, cause },
    );
  }
  const result = spec.schema.safeParse(json);
  if (result.success) return result.data;
  throw new NewsValidationError(`${spec.what} response`, issuesOf(result.error), { request: info, cause: result.error });
}

/**
 * Shares one in-flight GET among identical concurrent calls. Each caller
 * keeps its own abort signal; the shared request is aborted only when every
 * caller has gone.
 */
export class InflightGets {
  private readonly _inflight = new Map<string, { promise: Promise<unknown>; controller: AbortController; waiting: number }>();

  run<T>(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(new NewsAbortError({ cause: signal.reason }));
    let entry = this._inflight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const promise = start(controller.signal).finally(() => {
        if (this._inflight.get(key) === created) this._inflight.delete(key);
      });
      const created = { promise, controller, waiting: 0 };
      this._inflight.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.waiting++;
    if (!signal) return shared.promise as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(new NewsAbortError({ cause: signal.reason }));
        if (--shared.waiting === 0) {
          this._inflight.delete(key);
          shared.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      (shared.promise as Promise<T>).then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }
}
