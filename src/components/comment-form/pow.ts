/**
 * Solves a proof-of-work challenge of the ALTCHA protocol (the SDK's
 * PowCaptcha): finds the number n, 0 <= n <= maxnumber, whose
 * hash(salt + n) in hex is the challenge, and returns the answer payload the
 * server expects: base64 of `{algorithm, challenge, number, salt, signature}`.
 *
 * The hashing runs in WebCrypto, a batch of digests at a time. Chromium
 * settles a batch's promises in one go without returning to the page, so
 * after each batch the solver yields: the page keeps painting, running its
 * timers and handling input, and no task runs long (checked in
 * test/components/news-comment-form.test.ts). No Worker: a page whose CSP
 * forbids blob: workers would lose the captcha.
 */
import type { PowCaptcha } from '../../sdk/schemas.js';

export interface SolveOptions {
  signal?: AbortSignal;
  /** Called after each batch with the share of the range tried, 0 to 1. */
  onProgress?: (share: number) => void;
  /** Digests per batch (default 250: a few milliseconds of work). */
  batch?: number;
}

const encoder = new TextEncoder();

function hexBytes(hex: string): Uint8Array | undefined {
  if (!/^(?:[\da-f]{2})+$/i.test(hex)) return undefined;
  return Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));
}

/**
 * Lets the page run: input, paint, timers. A message through a MessageChannel
 * queues a task without setTimeout's 4 ms clamping; scheduler.yield() would
 * put the solver ahead of the page's own timers and starve them.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

function same(a: ArrayBuffer, b: Uint8Array): boolean {
  const view = new Uint8Array(a);
  if (view.length !== b.length) return false;
  for (let i = 0; i < view.length; i++) if (view[i] !== b[i]) return false;
  return true;
}

/** Resolves with the answer payload; rejects when aborted or when no number in range solves it. */
export async function solvePow(challenge: PowCaptcha, options: SolveOptions = {}): Promise<string> {
  const { signal, onProgress, batch = 250 } = options;
  const target = hexBytes(challenge.challenge);
  if (!target) throw new Error('The proof-of-work challenge is not a hex digest');
  const { algorithm, salt, maxnumber } = challenge;
  for (let start = 0; start <= maxnumber; start += batch) {
    signal?.throwIfAborted();
    const end = Math.min(start + batch, maxnumber + 1);
    const digests: Promise<ArrayBuffer>[] = [];
    for (let n = start; n < end; n++) digests.push(crypto.subtle.digest(algorithm, encoder.encode(salt + n)));
    const found = (await Promise.all(digests)).findIndex((digest) => same(digest, target));
    if (found >= 0) {
      const number = start + found;
      return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature: challenge.signature }));
    }
    onProgress?.(end / (maxnumber + 1));
    await yieldToPage();
  }
  throw new Error('No number in range solves the proof-of-work challenge');
}
