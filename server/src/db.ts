/**
 * One small interface over the two back ends: PGlite (embedded PostgreSQL in
 * a data directory) and a real PostgreSQL server through `postgres`. The same
 * SQL runs on both; every value goes in as a `$n` parameter. The statements
 * themselves live in repo/ (queries) and migrations.ts (the schema).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process on the same directory
 * would corrupt it. A pid file refuses that with a clear message (a stale
 * file from a killed process is taken over).
 */
async function lockDataDir(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'news-server.lock');
  try {
    await writeFile(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const pid = Number(await readFile(file, 'utf8').catch(() => ''));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      throw new Error(`DATA_DIR ${dataDir} is in use by process ${pid}: PGlite serves one process; set DATABASE_URL to run several`);
    }
    await writeFile(file, String(process.pid));
  }
  return file;
}

/** Opens PGlite in `dataDir` (created on first use). Open it once per process. */
export async function openPglite(dataDir: string): Promise<Db> {
  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir);
  } catch (error) {
    await rm(lock, { force: true });
    throw error;
  }
  const run = async <T extends Row>(q: Pick<PGlite, 'query'>, sql: string, params: unknown[] = []) =>
    (await q.query<T>(sql, params)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => run(pg, sql, params),
    transaction: (fn) => pg.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) })),
    close: async () => {
      await pg.close();
      await rm(lock, { force: true });
    },
  };
}

type Sql = postgres.Sql | postgres.TransactionSql;
type Param = postgres.ParameterOrJSON<never>;

/** One lock for everything that creates or changes the schema, taken before anything else. */
export const SCHEMA_LOCK = 4242001;

/** Connects to a PostgreSQL server; with `schema`, works in that schema (created when missing). */
export async function openPostgres(url: string, schema?: string): Promise<Db> {
  if (schema !== undefined) {
    if (!/^[a-z_][a-z\d_]{0,62}$/.test(schema)) throw new Error(`DATABASE_SCHEMA "${schema}" is not a plain lower-case identifier`);
    const setup = postgres(url, { max: 1, onnotice: () => {} });
    try {
      // Under the schema lock: concurrent `create schema if not exists` can collide too.
      await setup.begin(async (tx) => {
        await tx.unsafe(`select pg_advisory_xact_lock(${SCHEMA_LOCK})`);
        await tx.unsafe(`create schema if not exists ${schema}`);
      });
    } finally {
      await setup.end({ timeout: 5 });
    }
  }
  const sql = postgres(url, {
    max: 10,
    onnotice: () => {},
    idle_timeout: 30,
    ...(schema !== undefined && { connection: { search_path: schema } }),
  });
  const run = async <T extends Row>(q: Sql, text: string, params: unknown[] = []) =>
    (await q.unsafe(text, params as Param[])) as unknown as T[];
  await sql`select 1`;
  return {
    kind: 'postgres',
    query: (text, params) => run(sql, text, params),
    transaction: async <T>(fn: (tx: Queryable) => Promise<T>) =>
      (await sql.begin((tx) => fn({ query: (text, params) => run(tx, text, params) }))) as T,
    close: () => sql.end({ timeout: 5 }),
  };
}
