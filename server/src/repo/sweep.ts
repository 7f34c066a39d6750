/** Housekeeping of the tables that only grow. */
import type { Queryable } from '../db.js';

/** Deletes what has outlived its use: rate events past the hour, old idempotency answers, expired captchas. */
export async function sweep(db: Queryable): Promise<void> {
  await db.query("delete from rate_events where at < now() - interval '1 hour'");
  await db.query("delete from idempotency_keys where created_at < now() - interval '24 hours'");
  await db.query('delete from captcha_used where expires_at < now()');
  await db.query('delete from captcha_wrong where expires_at < now()');
  await db.query("delete from view_events where at < now() - interval '1 day'");
}

/** Sweeps without waiting; a failure is logged, since nothing waits on it. */
export function sweepInBackground(db: Queryable): void {
  void sweep(db).catch((error: unknown) => console.error('sweep failed', error));
}
