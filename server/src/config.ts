/**
 * Settings from the environment (see ../shared/DESIGN.md, "Server"). Parsed
 * once at start; a bad value stops the server with a message that names it.
 */
import path from 'node:path';
import { Language } from '../../src/sdk/schemas.js';

export type Moderation = 'pre' | 'post' | 'auto';

export interface Config {
  port: number;
  host: string;
  /** PGlite data directory (ignored when databaseUrl is set). */
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema to work in (DATABASE_SCHEMA; default: the server's search_path). */
  databaseSchema: string | undefined;
  /** Undefined: generated at start and printed once. */
  adminToken: string | undefined;
  moderation: Moderation;
  /** Origins allowed by CORS; `*` allows any. Empty: no CORS headers. */
  corsOrigins: string[];
  /** Undefined: generated once and stored in the database. */
  captchaSecret: string | undefined;
  /** Which captcha GET /api/captcha issues and POST comments accepts (CAPTCHA=pow|code). */
  captchaKind: 'pow' | 'code';
  /** Proof-of-work difficulty: the largest number a client may have to try. */
  captchaMaxNumber: number;
  /** How long a captcha challenge stays valid, in seconds. */
  captchaTtlSeconds: number;
  /** Proxy hops in front of the server whose X-Forwarded-For entries are trusted (0: none, use the socket). */
  trustProxy: number;
  /** Folder of the built CDN files (dist/cdn: the bundle, the loader, element files, chunks, manifest). */
  cdnDir: string;
  /** The site's public origin (PUBLIC_URL) for canonical links, hreflang, JSON-LD and share URLs; else the request's. */
  publicUrl: string | undefined;
  /** Seed demo articles into an empty database. */
  seed: boolean;
  /** The site's languages, in site order (LANGUAGES); the first is the default. */
  languages: Language[];
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** The languages LANGUAGES may name by tag alone; others are written `tag:name:nativeName:ltr|rtl`. */
export const knownLanguages: readonly Language[] = [
  { lang: 'en', name: 'English', nativeName: 'English', dir: 'ltr' },
  { lang: 'ar', name: 'Arabic', nativeName: 'العربية', dir: 'rtl' },
  { lang: 'fa', name: 'Persian', nativeName: 'فارسی', dir: 'rtl' },
  { lang: 'ur', name: 'Urdu', nativeName: 'اردو', dir: 'rtl' },
];

function parseLanguages(raw: string | undefined): Language[] {
  if (raw === undefined) return [...knownLanguages];
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const list = entries.map((entry) => {
    const [lang = '', name, nativeName, dir] = entry.split(':').map((part) => part.trim());
    // The demo site's pages live under /{lang}/, with two-letter codes.
    if (!/^[a-z]{2}$/.test(lang)) throw new Error(`LANGUAGES: "${lang}" is not a two-letter lower-case language code`);
    const language = name === undefined ? knownLanguages.find((l) => l.lang === lang) : Language.safeParse({ lang, name, nativeName, dir }).data;
    if (!language) throw new Error(`LANGUAGES: write "${entry}" as ${lang}:Name:NativeName:ltr (or rtl)`);
    return language;
  });
  if (list.length === 0) throw new Error('LANGUAGES must name at least one language');
  if (new Set(list.map((l) => l.lang)).size !== list.length) throw new Error(`LANGUAGES names a language twice: "${raw}"`);
  return list;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const moderation = nonEmpty(env.MODERATION) ?? 'pre';
  if (moderation !== 'pre' && moderation !== 'post' && moderation !== 'auto') {
    throw new Error(`MODERATION must be pre, post or auto, got "${moderation}"`);
  }
  const adminToken = nonEmpty(env.ADMIN_TOKEN);
  if (adminToken !== undefined && adminToken.length < 16) throw new Error('ADMIN_TOKEN must be at least 16 characters');
  const captchaSecret = nonEmpty(env.CAPTCHA_SECRET);
  if (captchaSecret !== undefined && captchaSecret.length < 16) throw new Error('CAPTCHA_SECRET must be at least 16 characters');
  const captchaKind = nonEmpty(env.CAPTCHA) ?? 'pow';
  if (captchaKind !== 'pow' && captchaKind !== 'code') throw new Error(`CAPTCHA must be pow or code, got "${captchaKind}"`);
  const cdnDir = path.resolve(nonEmpty(env.CDN_DIR) ?? path.join(repoRoot, 'dist', 'cdn'));
  const publicUrl = nonEmpty(env.PUBLIC_URL);
  if (publicUrl !== undefined && !/^https?:\/\/[^/?#\s]+$/i.test(publicUrl.replace(/\/$/, ''))) {
    throw new Error(`PUBLIC_URL must be an http(s) origin such as https://news.example.org, got "${publicUrl}"`);
  }
  return {
    port: int(env, 'PORT', 8080, 0, 65_535),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? './.data'),
    databaseUrl: nonEmpty(env.DATABASE_URL),
    databaseSchema: nonEmpty(env.DATABASE_SCHEMA),
    adminToken,
    moderation,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== ''),
    captchaSecret,
    captchaKind,
    captchaMaxNumber: int(env, 'CAPTCHA_MAXNUMBER', 100_000, 1, 100_000_000),
    captchaTtlSeconds: int(env, 'CAPTCHA_TTL', 600, 1, 86_400),
    trustProxy: env.TRUST_PROXY === 'true' ? 1 : env.TRUST_PROXY === 'false' ? 0 : int(env, 'TRUST_PROXY', 0, 0, 10),
    cdnDir,
    publicUrl: publicUrl && new URL(publicUrl).origin,
    seed: env.SEED !== '0' && env.SEED !== 'false',
    languages: parseLanguages(nonEmpty(env.LANGUAGES)),
    ...overrides,
  };
}
