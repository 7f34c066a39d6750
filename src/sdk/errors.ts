/**
 * Typed errors of the SDK. Every failure of a client method rejects with one
 * of these; `name` is set on each so the type guards work across bundles
 * (a page may load the CDN build and the npm build side by side).
 */

/** Where a failed request went: method and path, for messages. */
export interface RequestSummary {
  method: string;
  url: string;
}

export interface NewsErrorOptions {
  cause?: unknown;
  request?: RequestSummary;
}

function where(request: RequestSummary | undefined): string {
  if (!request) return '';
  let path = request.url;
  try {
    const u = new URL(request.url);
    path = u.pathname + u.search;
  } catch {
    // keep the URL as given
  }
  return `${request.method} ${path} `;
}

/** Base class of every error the SDK throws. */
export class NewsError extends Error {
  override name = 'NewsError';
  readonly request: RequestSummary | undefined;

  constructor(message: string, options: NewsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.request = options.request;
  }
}

/** Field name → messages, as sent by the server with a 422. */
export type FieldErrors = Record<string, string[]>;

export interface NewsHttpErrorOptions extends NewsErrorOptions {
  status: number;
  code?: string;
  body?: unknown;
  fieldErrors?: FieldErrors;
  retryAfter?: number;
  serverMessage?: string;
}

/** The server answered with a non-2xx status. */
export class NewsHttpError extends NewsError {
  override name = 'NewsHttpError';
  readonly status: number;
  /** The server's machine-readable code (`not_found`, `rate_limited`, ...), or `http_<status>`. */
  readonly code: string;
  readonly body: unknown;
  /** Field errors of a 422, keyed by field name. */
  readonly fieldErrors: FieldErrors | undefined;
  /** Seconds to wait before trying again, from `Retry-After` (429, 503). */
  readonly retryAfter: number | undefined;

  constructor(options: NewsHttpErrorOptions) {
    const code = options.code ?? `http_${options.status}`;
    const detail = options.serverMessage ? `: ${options.serverMessage}` : '';
    super(`${where(options.request)}failed with ${options.status} ${code}${detail}`, options);
    this.status = options.status;
    this.code = code;
    this.body = options.body;
    this.fieldErrors = options.fieldErrors;
    this.retryAfter = options.retryAfter;
  }
}

/** The request never got an answer (offline, DNS, connection reset, CORS). */
export class NewsNetworkError extends NewsError {
  override name = 'NewsNetworkError';
  constructor(options: NewsErrorOptions = {}) {
    const reason = options.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`${where(options.request)}failed: network error${reason}`, options);
  }
}

/** No answer within `timeoutMs`. */
export class NewsTimeoutError extends NewsError {
  override name = 'NewsTimeoutError';
  readonly timeoutMs: number;
  constructor(timeoutMs: number, options: NewsErrorOptions = {}) {
    super(`${where(options.request)}timed out after ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the request through its `signal`. */
export class NewsAbortError extends NewsError {
  override name = 'NewsAbortError';
  constructor(options: NewsErrorOptions = {}) {
    super(`${where(options.request)}was aborted`, options);
  }
}

/** One problem found by the schema, with the path of the bad field. */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** The issues of a failed zod parse, without symbol path keys. */
export function issuesOf(error: {
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[];
}): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    code: issue.code,
    message: issue.message,
  }));
}

/** A response (or an input) did not match the contract. */
export class NewsValidationError extends NewsError {
  override name = 'NewsValidationError';
  readonly issues: ValidationIssue[];
  /** Dotted path of the first bad field, e.g. `items.3.publishedAt`. */
  readonly path: string;

  constructor(what: string, issues: ValidationIssue[], options: NewsErrorOptions = {}) {
    const first = issues[0];
    const path = first ? first.path.join('.') : '';
    const detail = first ? ` at "${path || '(root)'}": ${first.message} (${first.code})` : '';
    const more = issues.length > 1 ? ` and ${issues.length - 1} more issue(s)` : '';
    super(`${where(options.request)}${what} is invalid${detail}${more}`, options);
    this.issues = issues;
    this.path = path;
  }
}

const NAMES = new Set([
  'NewsError',
  'NewsHttpError',
  'NewsNetworkError',
  'NewsTimeoutError',
  'NewsAbortError',
  'NewsValidationError',
]);

function isNamed<T extends NewsError>(name: string) {
  return (value: unknown): value is T =>
    value instanceof Error && (name === 'NewsError' ? NAMES.has(value.name) : value.name === name);
}

export const isNewsError = isNamed<NewsError>('NewsError');
export const isNewsHttpError = isNamed<NewsHttpError>('NewsHttpError');
export const isNewsNetworkError = isNamed<NewsNetworkError>('NewsNetworkError');
export const isNewsTimeoutError = isNamed<NewsTimeoutError>('NewsTimeoutError');
export const isNewsAbortError = isNamed<NewsAbortError>('NewsAbortError');
export const isNewsValidationError = isNamed<NewsValidationError>('NewsValidationError');
