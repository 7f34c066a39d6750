/**
 * Versioned schema migrations, applied in order at start by `migrate`. Never
 * edit a released migration; add the next version.
 */
import { SCHEMA_LOCK, type Db } from './db.js';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    statements: [
      `create table settings (
        key text primary key,
        value text not null
      )`,
      `create table sections (
        id text not null,
        lang text not null,
        name text not null,
        -- JSON array of names from the root, e.g. ["News","Public"]
        path text not null,
        primary key (id, lang)
      )`,
      `create table articles (
        id text primary key,
        slug text not null,
        lang text not null,
        title text not null,
        lead text,
        body_html text not null,
        section_id text not null,
        author_name text,
        author_url text,
        published_at timestamptz not null,
        updated_at timestamptz,
        image_src text,
        image_alt text,
        image_width integer,
        image_height integer,
        image_caption text,
        -- JSON array of strings
        tags text not null default '[]',
        view_count bigint not null default 0,
        comments_open boolean not null default true,
        unique (slug, lang)
      )`,
      'create index articles_newest on articles (published_at desc, id desc)',
      'create index articles_lang_newest on articles (lang, published_at desc, id desc)',
      `create table comments (
        id text primary key,
        article_id text not null references articles (id),
        parent_id text,
        author_name text not null,
        -- stored for the moderators' contact; never returned by any route
        email text not null,
        body text not null,
        status text not null check (status in ('pending', 'approved', 'rejected')),
        -- why a comment was held: code and words for the moderation list
        hold_code text,
        hold_reason text,
        created_at timestamptz not null default now(),
        moderated_at timestamptz
      )`,
      'create index comments_article on comments (article_id, status, created_at, id)',
      'create index comments_status on comments (status, created_at, id)',
      'create index comments_email on comments (lower(email), status)',
      `create table rate_events (
        -- keyed hash of the client address (key rotates daily); never the address
        client text not null,
        action text not null,
        at timestamptz not null default now()
      )`,
      'create index rate_events_client on rate_events (client, action, at)',
      'create index rate_events_at on rate_events (at)',
      `create table idempotency_keys (
        scope text not null,
        key text not null,
        request_hash text not null,
        status integer not null,
        body text not null,
        created_at timestamptz not null default now(),
        primary key (scope, key)
      )`,
      `create table captcha_used (
        id text primary key,
        expires_at timestamptz not null
      )`,
    ],
  },
  {
    version: 2,
    name: 'reading time stored with each article',
    // Null for articles stored before it: the store computes those when it reads them.
    statements: ['alter table articles add column reading_minutes integer'],
  },
  {
    version: 3,
    name: 'wrong answers per security-code token',
    statements: [
      `create table captcha_wrong (
        id text primary key,
        wrong integer not null,
        expires_at timestamptz not null
      )`,
    ],
  },
  {
    version: 4,
    name: 'one view per reader and article in a window',
    statements: [
      `create table view_events (
        -- keyed hash of the client address, as in rate_events
        client text not null,
        article_id text not null,
        at timestamptz not null default now(),
        primary key (client, article_id)
      )`,
      'create index view_events_client_at on view_events (client, at)',
    ],
  },
  {
    version: 5,
    name: 'commenter key with each comment',
    // SHA-256 of the key the commenter's browser sent; null for comments sent without one.
    statements: ['alter table comments add column commenter_key text', 'create index comments_email_key on comments (lower(email), commenter_key, status)'],
  },
  {
    version: 6,
    name: 'replies one level deep, documented hold codes, moderation order',
    statements: [
      // The codes the moderation queue words (src/sdk/admin.ts), for comments held before they existed.
      `update comments set hold_code = case hold_code when 'premoderation' then 'all' when 'link' then 'links' when 'burst' then 'rule' end
       where hold_code in ('premoderation', 'link', 'burst')`,
      // A reply to a reply hangs under the top-level comment: replies stored under replies before move there.
      `with recursive up (id, top, depth) as (
         select id, parent_id, 1 from comments where parent_id is not null
         union all
         select up.id, p.parent_id, up.depth + 1 from up join comments p on p.id = up.top where p.parent_id is not null and up.depth < 100
       )
       update comments c set parent_id = up.top
       from up join comments t on t.id = up.top and t.parent_id is null
       where c.id = up.id and c.parent_id <> up.top`,
      // Decision times are paging cursors: to the millisecond, as created_at is.
      "update comments set moderated_at = date_trunc('milliseconds', moderated_at) where moderated_at is not null",
      'create index comments_replies on comments (parent_id, status, created_at, id)',
      'create index comments_decided on comments (status, (coalesce(moderated_at, created_at)), id)',
    ],
  },
];

/**
 * Applies the migrations not yet applied, in one transaction under the schema lock, so that
 * processes starting together apply each once.
 */
export async function migrate(db: Db): Promise<number[]> {
  // Several processes starting at once on a fresh database: the first takes the lock and does the
  // work; the others wait, then find every version applied. Even the bookkeeping table is created
  // under the lock (two concurrent `create table if not exists` can collide in PostgreSQL's catalog).
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${SCHEMA_LOCK})`);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const seen = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (seen.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
