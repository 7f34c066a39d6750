/** The settings table: small named values that every process shares (secrets, versions, flags). */
import type { Queryable } from '../db.js';

export async function getSetting(db: Queryable, key: string): Promise<string | undefined> {
  const [row] = await db.query<{ value: string }>('select value from settings where key = $1', [key]);
  return row?.value;
}

/** Stores `value` unless the key already has one; whether this call stored it. */
export async function addSetting(db: Queryable, key: string, value: string): Promise<boolean> {
  const added = await db.query('insert into settings (key, value) values ($1, $2) on conflict (key) do nothing returning key', [key, value]);
  return added.length > 0;
}

/** Stores `value` unless the key already has one; returns the stored value (first writer wins). */
export async function ensureSetting(db: Queryable, key: string, value: string): Promise<string> {
  await addSetting(db, key, value);
  return (await getSetting(db, key)) ?? value;
}

export async function deleteSetting(db: Queryable, key: string): Promise<void> {
  await db.query('delete from settings where key = $1', [key]);
}

/** Deletes the settings whose key starts with `prefix`, except the keys in `keep`. */
export async function deleteSettingsWithPrefix(db: Queryable, prefix: string, keep: string[]): Promise<void> {
  await db.query('delete from settings where starts_with(key, $1) and not (key = any($2::text[]))', [prefix, keep]);
}
