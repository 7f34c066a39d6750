/**
 * Reads and writes of articles and comments. Parameterized SQL only; rows are
 * mapped onto the contract's shapes here, and validated by the routes.
 */
import type { Article, ArticleSummary, Comment } from '../../src/sdk/schemas.js';
import type { Db, Queryable, Row } from './db.js';
import { readingMinutes, textOfHtml } from '../../src/sdk/reading-time.js';
import { langs } from './seed-sections.js';

export function iso(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value));
  return date.toISOString();
}

const str = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));

export const articleUrl = (lang: string, id: string) => `/${lang}/news/${encodeURIComponent(id)}`;

/** An opaque page cursor: a sort key and an id. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

/** The cursor's key and id, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      if (!Number.isNaN(Date.parse(value[0]))) return [value[0], value[1]];
    }
  } catch {
    // not JSON
  }
  return undefined;
}

const ARTICLE_COLUMNS = `a.id, a.slug, a.lang, a.title, a.lead, a.body_html, a.section_id, a.author_name, a.author_url,
  a.published_at, a.updated_at, a.image_src, a.image_alt, a.image_width, a.image_height, a.image_caption,
  a.tags, a.view_count::int as view_count, a.comments_open, a.reading_minutes, s.name as section_name, s.path as section_path`;
const ARTICLE_FROM = 'articles a join sections s on s.id = a.section_id and s.lang = a.lang';

function image(row: Row): ArticleSummary['image'] {
  if (row.image_src === null || row.image_src === undefined) return undefined;
  const caption = str(row.image_caption);
  return {
    src: String(row.image_src),
    alt: String(row.image_alt ?? ''),
    width: Number(row.image_width),
    height: Number(row.image_height),
    ...(caption !== undefined && { caption }),
  };
}

function summary(row: Row): ArticleSummary {
  const lead = str(row.lead);
  const img = image(row);
  return {
    id: String(row.id),
    slug: String(row.slug),
    lang: String(row.lang),
    title: String(row.title),
    ...(lead !== undefined && { lead }),
    url: articleUrl(String(row.lang), String(row.id)),
    publishedAt: iso(row.published_at),
    ...(img && { image: img }),
    section: { id: String(row.section_id), name: String(row.section_name), path: JSON.parse(String(row.section_path)) as string[] },
  };
}

export interface ListArticlesQuery {
  lang?: string | undefined;
  section?: string | undefined;
  limit: number;
  after?: [string, string] | undefined;
  exclude: string[];
}

export async function listArticles(db: Queryable, q: ListArticlesQuery): Promise<{ items: ArticleSummary[]; nextCursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (q.lang !== undefined) where.push(`a.lang = ${param(q.lang)}`);
  if (q.section !== undefined) where.push(`a.section_id = ${param(q.section)}`);
  if (q.exclude.length > 0) where.push(`not (a.id = any(string_to_array(${param(q.exclude.join(','))}, ',')))`);
  if (q.after) where.push(`(a.published_at, a.id) < (${param(q.after[0])}::timestamptz, ${param(q.after[1])})`);
  const rows = await db.query(
    `select ${ARTICLE_COLUMNS} from ${ARTICLE_FROM}
     ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
     order by a.published_at desc, a.id desc limit ${param(q.limit + 1)}`,
    params,
  );
  const items = rows.slice(0, q.limit).map(summary);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last.publishedAt, last.id) : null };
}

async function full(db: Queryable, row: Row | undefined): Promise<Article | undefined> {
  if (!row) return undefined;
  const base = summary(row);
  const others = await db.query<{ id: string; lang: string; title: string }>(
    'select id, lang, title from articles where slug = $1 and id <> $2',
    [row.slug, row.id],
  );
  others.sort((a, b) => langs.indexOf(a.lang as never) - langs.indexOf(b.lang as never));
  const authorName = str(row.author_name);
  const authorUrl = str(row.author_url);
  const updatedAt = row.updated_at === null || row.updated_at === undefined ? undefined : iso(row.updated_at);
  return {
    ...base,
    bodyHtml: String(row.body_html),
    ...(authorName !== undefined && { author: { name: authorName, ...(authorUrl !== undefined && { url: authorUrl }) } }),
    ...(updatedAt !== undefined && { updatedAt }),
    tags: JSON.parse(String(row.tags)) as string[],
    viewCount: Number(row.view_count),
    readingMinutes: row.reading_minutes === null || row.reading_minutes === undefined ? readingMinutes(textOfHtml(String(row.body_html)), String(row.lang)) : Number(row.reading_minutes),
    translations: others.map((o) => ({ lang: o.lang, url: articleUrl(o.lang, o.id), title: o.title })),
    commentsOpen: Boolean(row.comments_open),
  };
}

export async function getArticle(db: Queryable, id: string): Promise<Article | undefined> {
  const [row] = await db.query(`select ${ARTICLE_COLUMNS} from ${ARTICLE_FROM} where a.id = $1`, [id]);
  return full(db, row);
}

export async function articleExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('select 1 from articles where id = $1', [id])).length > 0;
}

/** By slug; without `lang`, the first language version in site order (en, ar, fa, ur). */
export async function getArticleBySlug(db: Queryable, slug: string, lang?: string): Promise<Article | undefined> {
  const rows = await db.query(
    `select ${ARTICLE_COLUMNS} from ${ARTICLE_FROM} where a.slug = $1 ${lang === undefined ? '' : 'and a.lang = $2'}`,
    lang === undefined ? [slug] : [slug, lang],
  );
  rows.sort((a, b) => langs.indexOf(a.lang as never) - langs.indexOf(b.lang as never));
  return full(db, rows[0]);
}

/** A reader's views of one article count once in this window. */
export const VIEW_WINDOW_MINUTES = 30;
/** Views one reader may have counted per minute, over every article; more get a 429. */
export const VIEWS_PER_MINUTE = 20;

export type ViewOutcome = { viewCount: number } | { retryAfter: number } | undefined;

/**
 * Counts a view of article `id` by the reader `client` (its keyed hash): once per reader and article
 * in VIEW_WINDOW_MINUTES, so repeated calls neither inflate the count nor write. A reader counting
 * views of many articles fast is refused with a wait. Undefined for an unknown article.
 */
export async function recordView(db: Db, id: string, client: string): Promise<ViewOutcome> {
  return db.transaction(async (tx) => {
    const viewCount = await articleViewCount(tx, id);
    if (viewCount === undefined) return undefined;
    const [recent] = await tx.query<{ n: number; wait: number }>(
      `select count(*)::int as n, coalesce(extract(epoch from min(at) + interval '1 minute' - now()), 0)::float as wait
       from view_events where client = $1 and at > now() - interval '1 minute'`,
      [client],
    );
    if (Number(recent?.n) >= VIEWS_PER_MINUTE) return { retryAfter: Math.max(1, Math.ceil(Number(recent?.wait))) };
    const counted = await tx.query(
      `insert into view_events (client, article_id) values ($1, $2)
       on conflict (client, article_id) do update set at = now()
       where view_events.at < now() - make_interval(mins => $3) returning 1`,
      [client, id, VIEW_WINDOW_MINUTES],
    );
    if (counted.length === 0) return { viewCount };
    const [row] = await tx.query<{ view_count: number }>(
      'update articles set view_count = view_count + 1 where id = $1 returning view_count::int as view_count',
      [id],
    );
    return { viewCount: Number(row?.view_count) };
  });
}

export type CommentStatus = 'pending' | 'approved' | 'rejected';

export interface ModeratedComment extends Comment {
  status: CommentStatus;
  holdCode?: string;
  holdReason?: string;
}

const COMMENT_COLUMNS = 'id, article_id, parent_id, author_name, body, status, hold_code, hold_reason, created_at';

export function toComment(row: Row): Comment {
  const parentId = str(row.parent_id);
  return {
    id: String(row.id),
    articleId: String(row.article_id),
    authorName: String(row.author_name),
    body: String(row.body),
    createdAt: iso(row.created_at),
    ...(parentId !== undefined && { parentId }),
  };
}

function toModerated(row: Row): ModeratedComment {
  const holdCode = str(row.hold_code);
  const holdReason = str(row.hold_reason);
  return {
    ...toComment(row),
    status: String(row.status) as CommentStatus,
    ...(holdCode !== undefined && { holdCode }),
    ...(holdReason !== undefined && { holdReason }),
  };
}

export interface CommentQuery {
  limit: number;
  newest: boolean;
  after?: [string, string] | undefined;
}

async function pageOf<T>(
  db: Queryable,
  filter: string,
  filterParams: unknown[],
  q: CommentQuery,
  map: (row: Row) => T & { id: string; createdAt: string },
): Promise<{ items: T[]; nextCursor: string | null }> {
  const params = [...filterParams];
  let where = filter;
  if (q.after) {
    params.push(q.after[0], q.after[1]);
    where += ` and (created_at, id) ${q.newest ? '<' : '>'} ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(q.limit + 1);
  const dir = q.newest ? 'desc' : 'asc';
  const rows = await db.query(
    `select ${COMMENT_COLUMNS} from comments where ${where} order by created_at ${dir}, id ${dir} limit $${params.length}`,
    params,
  );
  const items = rows.slice(0, q.limit).map(map);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

export function listComments(db: Queryable, articleId: string, q: CommentQuery) {
  return pageOf(db, "article_id = $1 and status = 'approved'", [articleId], q, toComment);
}

export function listForModeration(db: Queryable, status: CommentStatus, q: CommentQuery) {
  return pageOf(db, 'status = $1', [status], q, toModerated);
}

export async function moderate(db: Queryable, id: string, status: 'approved' | 'rejected'): Promise<Comment | undefined> {
  const [row] = await db.query(
    `update comments set status = $2, moderated_at = now() where id = $1 returning ${COMMENT_COLUMNS}`,
    [id, status],
  );
  return row ? toComment(row) : undefined;
}

export async function getSetting(db: Queryable, key: string): Promise<string | undefined> {
  const [row] = await db.query<{ value: string }>('select value from settings where key = $1', [key]);
  return row?.value;
}

/** Stores `value` unless the key already has one; returns the stored value (first writer wins). */
export async function ensureSetting(db: Queryable, key: string, value: string): Promise<string> {
  await db.query('insert into settings (key, value) values ($1, $2) on conflict (key) do nothing', [key, value]);
  return (await getSetting(db, key)) ?? value;
}

/**
 * Versions that stand for what public GETs answer, each one small query: an answer's ETag is built
 * from them, so that If-None-Match is answered with a 304 without building the body.
 */
export async function catalogVersion(db: Queryable): Promise<string> {
  return (await getSetting(db, 'catalog_version')) ?? '0';
}

/** Marks the stored articles changed (new, edited, sanitized): lists and articles get new ETags. */
export async function bumpCatalogVersion(db: Queryable): Promise<void> {
  await db.query(
    "insert into settings (key, value) values ('catalog_version', '1') on conflict (key) do update set value = (settings.value::bigint + 1)::text",
  );
}

/** An article's view count, or undefined when there is no such article. */
export async function articleViewCount(db: Queryable, id: string): Promise<number | undefined> {
  const [row] = await db.query<{ view_count: number }>('select view_count::int as view_count from articles where id = $1', [id]);
  return row ? Number(row.view_count) : undefined;
}

/** How many approved comments an article has, and when the last one was posted or moderated. */
export async function commentsVersion(db: Queryable, articleId: string): Promise<string> {
  const [row] = await db.query<{ n: number; at: string | null }>(
    "select count(*)::int as n, max(coalesce(moderated_at, created_at))::text as at from comments where article_id = $1 and status = 'approved'",
    [articleId],
  );
  return `${row?.n ?? 0}-${row?.at ?? ''}`;
}
