/**
 * Runs in Chromium (bundled by bench/browser-runner.ts): how long the comment
 * form's proof of work (solvePow) takes at the server's default difficulty,
 * CAPTCHA_MAXNUMBER 100000 (server/src/config.ts). Challenges are made as the
 * server makes them with altcha-lib: a random salt of 12 bytes in hex with a
 * signed expiry, challenge = hex SHA-256 of salt + number, number random in
 * 1..maxnumber. Absolute times: there is no baseline. The worst case
 * (number = maxnumber) is timed once.
 */
import { solvePow } from '../../src/components/comment-form/pow.js';
import type { PowCaptcha } from '../../src/sdk/schemas.js';
import { powChallenge } from '../../test/support/pow.js';
import { measureAsync } from '../harness.js';

const MAXNUMBER = 100_000;

function salt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const expires = Math.floor(Date.now() / 1000) + 600;
  return `${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}?expires=${expires}&`;
}

/** altcha-lib's randomInt: 1..max. */
const randomNumber = () => Math.floor((crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32) * MAXNUMBER + 1);

async function solved(challenge: PowCaptcha, number: number): Promise<void> {
  const payload = JSON.parse(atob(await solvePow(challenge))) as { number: number };
  if (payload.number !== number) throw new Error(`solvePow found ${payload.number}, the challenge was made with ${number}`);
}

export async function runPowBench(samples = 20, warmup = 2) {
  // Fresh random challenges, made before the clock starts; negative indexes are the warm-up's.
  const numbers = new Map<number, number>();
  const challenges = new Map<number, PowCaptcha>();
  for (let i = -warmup; i < samples; i++) {
    numbers.set(i, randomNumber());
    challenges.set(i, await powChallenge(numbers.get(i)!, MAXNUMBER, salt()));
  }
  const worst = await powChallenge(MAXNUMBER, MAXNUMBER, salt());
  return [
    await measureAsync(`proof of work, maxnumber ${MAXNUMBER}, random`, ['solvePow', (i) => solved(challenges.get(i)!, numbers.get(i)!)], { samples, warmup }),
    await measureAsync(`proof of work, maxnumber ${MAXNUMBER}, worst case`, ['solvePow', () => solved(worst, MAXNUMBER)], { samples: 1, warmup: 0 }),
  ];
}
