/**
 * Proof-of-work captcha on the ALTCHA protocol. The SDK's PowCaptcha schema
 * has the fields of ALTCHA's classic challenge (algorithm, challenge, salt,
 * signature, maxnumber), which altcha-lib 2 provides as `altcha-lib/v1`; the
 * client answers with the base64 JSON payload `{algorithm, challenge, number,
 * salt, signature}`. Each challenge expires (its expiry is signed into the
 * salt) and is accepted once: used challenges are recorded in the database,
 * so every server process refuses a replay.
 */
import { createHash } from 'node:crypto';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import * as z from 'zod/mini';
import type { PowCaptcha } from '../../src/sdk/schemas.js';
import type { Queryable } from './db.js';
import { spendCaptcha } from './repo/captcha.js';

export async function newChallenge(secret: string, maxnumber: number, ttlSeconds: number, now = Date.now()): Promise<PowCaptcha> {
  const expires = new Date(now + ttlSeconds * 1000);
  const challenge = await createChallenge({ algorithm: 'SHA-256', hmacKey: secret, maxnumber, expires });
  return {
    kind: 'pow',
    algorithm: 'SHA-256',
    challenge: challenge.challenge,
    salt: challenge.salt,
    signature: challenge.signature,
    maxnumber,
    // Whole seconds, as signed into the salt.
    expiresAt: new Date(Math.floor(expires.getTime() / 1000) * 1000).toISOString(),
  };
}

const Payload = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: z.string().check(z.regex(/^[\da-f]{64}$/)),
  number: z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 100_000_000)),
  salt: z.string().check(z.minLength(1), z.maxLength(1_024)),
  signature: z.string().check(z.regex(/^[\da-f]{64}$/)),
});

export type CaptchaVerdict = 'ok' | 'invalid' | 'expired' | 'reused';

/**
 * Checks an answer and, when it is good, marks its challenge as used (inside
 * the caller's transaction, so a refused comment does not burn it).
 */
export async function checkAnswer(tx: Queryable, secret: string, encoded: string, now = Date.now()): Promise<CaptchaVerdict> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  } catch {
    return 'invalid';
  }
  const parsed = Payload.safeParse(decoded);
  if (!parsed.success) return 'invalid';
  const payload = parsed.data;
  const expires = Number(extractParams(payload).expires);
  if (!Number.isInteger(expires)) return 'invalid'; // every challenge of ours has an expiry
  if (!(await verifySolution(payload, secret, false))) return 'invalid';
  if (expires * 1000 < now) return 'expired';
  const id = createHash('sha256').update(`${payload.challenge}:${payload.salt}`).digest('hex');
  return (await spendCaptcha(tx, id, expires)) ? 'ok' : 'reused';
}
