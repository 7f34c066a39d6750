/**
 * Proof-of-work challenges for tests and stories, made the way the server
 * makes them (ALTCHA: challenge = hex SHA-256 of salt + number), with a
 * number chosen by the caller so the solving time is known.
 */
import type { PowCaptcha } from '../../src/sdk/schemas.js';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function powChallenge(number: number, maxnumber = Math.max(number, 1000), salt = `salt-${Math.random().toString(36).slice(2)}?expires=9999999999&`): Promise<PowCaptcha> {
  return { kind: 'pow', algorithm: 'SHA-256', challenge: await sha256Hex(salt + number), salt, signature: 'ab'.repeat(32), maxnumber };
}

/** The number an answer payload carries, after checking that it solves its challenge. */
export async function checkPayload(payload: string): Promise<number> {
  const answer = JSON.parse(atob(payload)) as { algorithm: string; challenge: string; number: number; salt: string; signature: string };
  if ((await sha256Hex(answer.salt + answer.number)) !== answer.challenge) throw new Error('the payload does not solve its challenge');
  return answer.number;
}
