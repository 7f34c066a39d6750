/**
 * Spent captchas, shared by every process: a challenge or code token is accepted once, and a code
 * token is spent after too many wrong answers. Rows go once they expire (see sweep).
 */
import type { Queryable } from '../db.js';

/** Marks `id` spent until `expires` (seconds since the epoch); false when it already was. */
export async function spendCaptcha(tx: Queryable, id: string, expires: number): Promise<boolean> {
  const inserted = await tx.query(
    'insert into captcha_used (id, expires_at) values ($1, to_timestamp($2)) on conflict (id) do nothing returning id',
    [id, expires],
  );
  return inserted.length === 1;
}

export async function isCaptchaSpent(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query('select 1 from captcha_used where id = $1', [id])).length > 0;
}

/** Counts one more wrong answer to token `id`; returns how many it has had. */
export async function countWrongAnswer(tx: Queryable, id: string, expires: number): Promise<number> {
  const [row] = await tx.query<{ wrong: number }>(
    `insert into captcha_wrong (id, wrong, expires_at) values ($1, 1, to_timestamp($2))
     on conflict (id) do update set wrong = captcha_wrong.wrong + 1 returning wrong`,
    [id, expires],
  );
  return Number(row?.wrong);
}
