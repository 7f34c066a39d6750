/**
 * The catalogue: sections and articles, read as the contract's shapes, and the catalogue version that
 * public answers' ETags are built from.
 */
import type { Article, ArticleSummary } from '../../../src/sdk/schemas.js';
import { readingMinutes, textOfHtml } from '../../../src/sdk/reading-time.js';
import type { Db, Queryable, Row } from '../db.js';
import { pageOf, type PageRequest } from '../paging.js';
import { insertComment, type NewComment } from './comments.js';
import { iso, str } from './rows.js';
import { getSetting } from './settings.js';

export const articleUrl = (lang: string, id: string) => `/${lang}/news/${encodeURIComponent(id)}`;

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

export interface ListArticlesQuery extends PageRequest {
  lang?: string | undefined;
  section?: string | undefined;
  exclude: string[];
}

/** Newest first. */
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
  return pageOf(rows.map(summary), q.limit, (item) => [item.publishedAt, item.id]);
}

/** Sorts rows of language versions into the site's language order. */
const inLanguageOrder = <T extends Row>(rows: T[], order: readonly string[]) =>
  rows.sort((a, b) => order.indexOf(String(a.lang)) - order.indexOf(String(b.lang)));

async function full(db: Queryable, row: Row | undefined, languageOrder: readonly string[]): Promise<Article | undefined> {
  if (!row) return undefined;
  const base = summary(row);
  const others = await db.query<{ id: string; lang: string; title: string }>(
    'select id, lang, title from articles where slug = $1 and id <> $2',
    [row.slug, row.id],
  );
  inLanguageOrder(others, languageOrder);
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

/** One article, its translations in `languageOrder` (the site's). */
export async function getArticle(db: Queryable, id: string, languageOrder: readonly string[]): Promise<Article | undefined> {
  const [row] = await db.query(`select ${ARTICLE_COLUMNS} from ${ARTICLE_FROM} where a.id = $1`, [id]);
  return full(db, row, languageOrder);
}

export async function articleExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('select 1 from articles where id = $1', [id])).length > 0;
}

/** Whether comments on an article are open, or undefined when there is no such article. */
export async function commentsOpen(db: Queryable, id: string): Promise<boolean | undefined> {
  const [article] = await db.query<{ comments_open: boolean }>('select comments_open from articles where id = $1', [id]);
  return article ? Boolean(article.comments_open) : undefined;
}

/** By slug; without `lang`, the first language version in `languageOrder`. */
export async function getArticleBySlug(db: Queryable, slug: string, lang: string | undefined, languageOrder: readonly string[]): Promise<Article | undefined> {
  const rows = await db.query(
    `select ${ARTICLE_COLUMNS} from ${ARTICLE_FROM} where a.slug = $1 ${lang === undefined ? '' : 'and a.lang = $2'}`,
    lang === undefined ? [slug] : [slug, lang],
  );
  return full(db, inLanguageOrder(rows, languageOrder)[0], languageOrder);
}

/** An article's view count, or undefined when there is no such article. */
export async function articleViewCount(db: Queryable, id: string): Promise<number | undefined> {
  const [row] = await db.query<{ view_count: number }>('select view_count::int as view_count from articles where id = $1', [id]);
  return row ? Number(row.view_count) : undefined;
}

/**
 * A version that stands for every stored article, in one small query: lists' and articles' ETags are
 * built from it, so that If-None-Match is answered with a 304 without building the body.
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

/** Every article's id and stored body. */
export function articleBodies(db: Queryable): Promise<{ id: string; body_html: string }[]> {
  return db.query<{ id: string; body_html: string }>('select id, body_html from articles');
}

export async function setArticleBody(db: Queryable, id: string, bodyHtml: string): Promise<void> {
  await db.query('update articles set body_html = $1 where id = $2', [bodyHtml, id]);
}

export interface NewSection {
  id: string;
  lang: string;
  /** Names from the root, e.g. ["News", "Public"]. */
  path: string[];
}

export interface NewArticle {
  id: string;
  slug: string;
  lang: string;
  title: string;
  lead: string;
  bodyHtml: string;
  sectionId: string;
  authorName: string;
  publishedAt: Date;
  updatedAt: Date | null;
  image: { src: string; alt: string; width: number; height: number; caption: string | null };
  tags: string[];
  viewCount: number;
  commentsOpen: boolean;
  readingMinutes: number;
}

/**
 * Writes the sections, articles and comments that `build` makes into an empty catalogue, in one transaction;
 * returns how many articles it wrote (0, without calling `build`, when there were articles already).
 * Processes starting together on a fresh database queue on a lock, so one of them writes.
 */
export async function fillEmptyCatalog(db: Db, build: () => { sections: NewSection[]; articles: NewArticle[]; comments?: NewComment[] }): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(4242002)');
    const [existing] = await tx.query<{ n: number }>('select count(*)::int as n from articles');
    if (existing && existing.n > 0) return 0;
    const { sections, articles, comments = [] } = build();
    for (const section of sections) {
      await tx.query('insert into sections (id, lang, name, path) values ($1, $2, $3, $4)', [
        section.id,
        section.lang,
        section.path[section.path.length - 1],
        JSON.stringify(section.path),
      ]);
    }
    for (const a of articles) {
      await tx.query(
        `insert into articles (id, slug, lang, title, lead, body_html, section_id, author_name, published_at, updated_at,
           image_src, image_alt, image_width, image_height, image_caption, tags, view_count, comments_open, reading_minutes)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
        [
          a.id,
          a.slug,
          a.lang,
          a.title,
          a.lead,
          a.bodyHtml,
          a.sectionId,
          a.authorName,
          a.publishedAt.toISOString(),
          a.updatedAt?.toISOString() ?? null,
          a.image.src,
          a.image.alt,
          a.image.width,
          a.image.height,
          a.image.caption,
          JSON.stringify(a.tags),
          a.viewCount,
          a.commentsOpen,
          a.readingMinutes,
        ],
      );
    }
    for (const comment of comments) await insertComment(tx, comment);
    await bumpCatalogVersion(tx);
    return articles.length;
  });
}
