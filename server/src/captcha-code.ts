/**
 * The "security code" captcha variant (CAPTCHA=code): an image of a short
 * code that a person reads and types, for sites whose readers expect one.
 * The image is an SVG drawn from jittered strokes (no text or font in the
 * markup), in random order and all alike, noise included, so that reading
 * the markup in order tells nothing; shipped as a data: URL. The token
 * carries a nonce and the expiry with an HMAC over them and the code, so any
 * process with the shared secret can check an answer; each nonce is accepted
 * once (captcha_used), and spent after MAX_WRONG wrong answers.
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { CodeCaptcha } from '../../src/sdk/schemas.js';
import type { CaptchaVerdict } from './captcha.js';
import type { Queryable } from './db.js';
import { countWrongAnswer, isCaptchaSpent, spendCaptcha } from './repo/captcha.js';

export const CODE_ALPHABET = '23456789';
/** Wrong answers a token takes before it is spent: a typo is forgiven, guessing 8^5 codes is not. */
export const MAX_WRONG = 3;
export const CODE_LENGTH = 5;
const WIDTH = 180;
const HEIGHT = 64;

// Seven-segment strokes per digit: a top, b upper right, c lower right, d bottom, e lower left, f upper left, g middle.
const SEGMENTS: Record<string, string> = {
  '0': 'abcdef', '1': 'bc', '2': 'abged', '3': 'abgcd', '4': 'fgbc', '5': 'afgcd', '6': 'afgedc', '7': 'abc', '8': 'abcdefg', '9': 'abcdfg',
};
const ENDS: Record<string, [number, number, number, number]> = {
  a: [0, 0, 1, 0], b: [1, 0, 1, 1], c: [1, 1, 1, 2], d: [0, 2, 1, 2], e: [0, 1, 0, 2], f: [0, 0, 0, 1], g: [0, 1, 1, 1],
};

const jitter = (n: number) => (Math.random() - 0.5) * n;

/** A stroke, drawn like every other (digits and noise alike), so that no attribute tells them apart. */
const stroke = (d: string) => `<path d="${d}" stroke-width="${(2.4 + Math.random() * 1.2).toFixed(2)}"/>`;

function glyph(digit: string, x0: number): string[] {
  const w = 18 + jitter(4);
  const h = 18 + jitter(3);
  const slant = jitter(0.5);
  const y0 = 12 + jitter(6);
  const point = (u: number, v: number) => {
    const y = y0 + v * h + jitter(2);
    return `${(x0 + u * w + (2 - v) * h * slant * 0.3 + jitter(2)).toFixed(1)} ${y.toFixed(1)}`;
  };
  return [...(SEGMENTS[digit] ?? '')].map((s) => {
    const [u1, v1, u2, v2] = ENDS[s] ?? [0, 0, 0, 0];
    return stroke(`M${point(u1, v1)} Q${point((u1 + u2) / 2 + jitter(0.3), (v1 + v2) / 2 + jitter(0.3))} ${point(u2, v2)}`);
  });
}

/** A short curved stroke in a gap between digits, where it hides no segment a reader needs. */
function noise(): string {
  // A short hook, plainly not one of the straight segments digits are made of (and 1 is not in the alphabet).
  const x = 6 + 32 * randomInt(6) + jitter(4);
  const y = 10 + randomInt(HEIGHT - 26);
  const bend = (randomInt(2) ? 1 : -1) * (7 + Math.random() * 4);
  return stroke(`M${x.toFixed(1)} ${y} Q${(x + bend).toFixed(1)} ${y + 5} ${(x + bend / 3).toFixed(1)} ${y + 11}`);
}

/** Fisher-Yates with the CSPRNG: the markup order says nothing about which stroke belongs to which digit. */
function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** The SVG image of a code. */
export function codeImage(code: string): string {
  const strokes = shuffled([...[...code].flatMap((d, i) => glyph(d, 14 + i * 32 + jitter(6))), ...Array.from({ length: 6 }, noise)]);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="#f4f1ea"/><g fill="none" stroke="#1f2a44" stroke-linecap="round">${strokes.join('')}</g></svg>`;
}

function mac(secret: string, nonce: string, expires: number, code: string): string {
  return createHmac('sha256', secret).update(`code-captcha:${nonce}:${expires}:${code}`).digest('base64url');
}

/** A token for `code`, valid until `expires` (seconds since the epoch). Exported for tests. */
export function codeToken(secret: string, code: string, expires: number, nonce = randomBytes(12).toString('base64url')): string {
  return `${nonce}.${expires}.${mac(secret, nonce, expires, code)}`;
}

export function newCodeChallenge(secret: string, ttlSeconds: number, now = Date.now()): CodeCaptcha {
  const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  const expires = Math.floor(now / 1000) + ttlSeconds;
  return {
    kind: 'code',
    token: codeToken(secret, code, expires),
    image: `data:image/svg+xml;base64,${Buffer.from(codeImage(code)).toString('base64')}`,
    width: WIDTH,
    height: HEIGHT,
    length: CODE_LENGTH,
    expiresAt: new Date(expires * 1000).toISOString(),
  };
}

/** What a person typed, as ASCII digits: Arabic-Indic (٠–٩) and Persian (۰–۹) digits count, spaces do not. */
export function normalizeCode(typed: string): string {
  return typed
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\s+/g, '');
}

export async function checkCode(tx: Queryable, secret: string, token: string, typed: string, now = Date.now()): Promise<CaptchaVerdict> {
  const match = /^([\w-]{8,64})\.(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const [, nonce = '', expiresText = '', given = ''] = match;
  const expires = Number(expiresText);
  if (expires * 1000 < now) return 'expired';
  const id = `code:${nonce}`;
  // A token spent by wrong answers (or used) stays refused, the right code included.
  if (await isCaptchaSpent(tx, id)) return 'reused';
  const expected = Buffer.from(mac(secret, nonce, expires, normalizeCode(typed)));
  if (expected.length !== given.length || !timingSafeEqual(expected, Buffer.from(given))) {
    // A wrong answer counts against the token (or against a forged nonce, which costs the same).
    if ((await countWrongAnswer(tx, id, expires)) >= MAX_WRONG) await spendCaptcha(tx, id, expires);
    return 'invalid';
  }
  return (await spendCaptcha(tx, id, expires)) ? 'ok' : 'reused';
}
