/**
 * A small benchmark harness: candidate and baseline run alternately in the
 * same process (so machine noise hits both), after a warm-up; each sample
 * times a batch of iterations. Reports medians and the ratio with its spread
 * (quartiles of the per-pair ratios). Runs in Node and, bundled, in the
 * browser benchmarks (bench/browser/) alike. Work without a baseline (the
 * captcha's solve time, the server's throughput) is reported as absolute
 * figures in the same table.
 */

export interface Comparison {
  kind: 'comparison';
  name: string;
  candidate: string;
  baseline: string;
  candidateMs: number;
  baselineMs: number;
  ratio: number;
  ratioP25: number;
  ratioP75: number;
  samples: number;
}

/** An absolute time with no baseline: median and quartiles of the samples. */
export interface Measurement {
  kind: 'measurement';
  name: string;
  what: string;
  medianMs: number;
  p25Ms: number;
  p75Ms: number;
  samples: number;
}

/** The server under autocannon (server/bench/api.ts): one route on one backend. */
export interface Throughput {
  kind: 'throughput';
  name: string;
  backend: string;
  method: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  seconds: number;
  connections: number;
  non2xx: number;
  errors: number;
}

/**
 * A figure that is not a time of our own code, or not in milliseconds: the
 * demo page's Web Vitals, request counts and bytes (bench/article-page.ts).
 * Median, quartiles and maximum of the samples; `budget`, when set, is a
 * threshold of ../shared/BUDGETS.md and `withinBudget` whether the judged
 * figure (`budget.judged`) meets it.
 */
export interface Metric {
  kind: 'metric';
  name: string;
  what: string;
  unit: 'ms' | 'score' | 'requests' | 'bytes' | 'px';
  median: number;
  p25: number;
  p75: number;
  max: number;
  samples: number;
  budget?: { below?: number; atMost?: number; goal?: number; judged: 'median' | 'max'; source: string };
  withinBudget?: boolean;
}

export type Row = Comparison | Measurement | Throughput | Metric;

export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

function timeBatch(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}

type Contender<T> = [label: string, run: () => T];

/** Medians of both sides and the spread of the per-pair ratios. */
function summarize(name: string, candidate: string, baseline: string, c: number[], b: number[]): Comparison {
  const ratios = c.map((tc, i) => tc / b[i]!).sort((x, y) => x - y);
  return {
    kind: 'comparison',
    name,
    candidate,
    baseline,
    candidateMs: median(c),
    baselineMs: median(b),
    ratio: quantile(ratios, 0.5),
    ratioP25: quantile(ratios, 0.25),
    ratioP75: quantile(ratios, 0.75),
    samples: c.length,
  };
}

/** Synchronous work, timed in batches of `iterations`. */
export function compare(
  name: string,
  candidate: Contender<unknown>,
  baseline: Contender<unknown>,
  { samples = 30, iterations = 50, warmup = 5 } = {},
): Comparison {
  for (let i = 0; i < warmup; i++) {
    timeBatch(candidate[1], iterations);
    timeBatch(baseline[1], iterations);
  }
  const c: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < samples; i++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    const [first, second] = i % 2 ? [baseline, candidate] : [candidate, baseline];
    const t1 = timeBatch(first[1], iterations);
    const t2 = timeBatch(second[1], iterations);
    c.push(first === candidate ? t1 : t2);
    b.push(first === candidate ? t2 : t1);
  }
  return summarize(name, candidate[0], baseline[0], c, b);
}

async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Asynchronous work (a render that completes later), one run per sample. */
export async function compareAsync(
  name: string,
  candidate: Contender<Promise<unknown>>,
  baseline: Contender<Promise<unknown>>,
  { samples = 15, warmup = 3 } = {},
): Promise<Comparison> {
  for (let i = 0; i < warmup; i++) {
    await candidate[1]();
    await baseline[1]();
  }
  const c: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < samples; i++) {
    const [first, second] = i % 2 ? [baseline, candidate] : [candidate, baseline];
    const t1 = await timeOnce(first[1]);
    const t2 = await timeOnce(second[1]);
    c.push(first === candidate ? t1 : t2);
    b.push(first === candidate ? t2 : t1);
  }
  return summarize(name, candidate[0], baseline[0], c, b);
}

/** Asynchronous work without a baseline, one run per sample, after a warm-up; `run(i)` gets the sample's index. */
export async function measureAsync(
  name: string,
  [what, run]: [label: string, run: (index: number) => Promise<unknown>],
  { samples = 20, warmup = 2 } = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await run(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await timeOnce(() => run(i)));
  const sorted = times.sort((a, b) => a - b);
  return { kind: 'measurement', name, what, medianMs: quantile(sorted, 0.5), p25Ms: quantile(sorted, 0.25), p75Ms: quantile(sorted, 0.75), samples };
}

/** Median, quartiles and maximum of `values` (at least one), with the budget's verdict when there is one. */
export function metric(
  name: string,
  what: string,
  unit: Metric['unit'],
  values: number[],
  budget?: Metric['budget'],
): Metric {
  const sorted = [...values].sort((a, b) => a - b);
  const row: Metric = { kind: 'metric', name, what, unit, median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), max: sorted[sorted.length - 1]!, samples: values.length };
  if (budget) {
    const judged = budget.judged === 'max' ? row.max : row.median;
    row.budget = budget;
    row.withinBudget = (budget.below === undefined || judged < budget.below) && (budget.atMost === undefined || judged <= budget.atMost);
  }
  return row;
}

/** A metric's figure with its unit, as printed in the table. */
export function formatMetric(value: number, unit: Metric['unit']): string {
  if (unit === 'ms') return `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
  if (unit === 'score') return value.toFixed(4);
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'px') return `${Math.round(value)} px`;
  return `${value} req`;
}

/** One line per metric that misses its budget, and one per metric over its goal (e.g. CLS above 0). */
export function budgetReport(rows: Row[]): string[] {
  const lines: string[] = [];
  for (const r of rows) {
    if (r.kind !== 'metric' || !r.budget) continue;
    const { below, atMost, goal, judged, source } = r.budget;
    const value = judged === 'max' ? r.max : r.median;
    const limit = below !== undefined ? `< ${formatMetric(below, r.unit)}` : `<= ${formatMetric(atMost ?? 0, r.unit)}`;
    if (!r.withinBudget) {
      lines.push(`BUDGET MISSED: ${r.name}: ${judged} ${formatMetric(value, r.unit)}, must be ${limit} (${source})`);
    } else if (goal !== undefined && value > goal) {
      lines.push(`over goal: ${r.name}: ${judged} ${formatMetric(value, r.unit)}, within ${limit} but the goal is ${formatMetric(goal, r.unit)} (${source})`);
    }
  }
  return lines;
}

/** One table for every kind of row: candidate and baseline columns hold a row's figures, with their units. */
export function printTable(rows: Row[]): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  const ms = (n: number) => `${n.toFixed(n >= 100 ? 1 : 4)} ms`;
  console.log(`${pad('benchmark', 50)}${pad('candidate', 14)}${pad('baseline', 14)}${pad('ratio', 8)}spread (p25-p75)`);
  for (const r of rows) {
    let line: string;
    if (r.kind === 'comparison') {
      line = `${pad(ms(r.candidateMs), 14)}${pad(ms(r.baselineMs), 14)}${pad(`${r.ratio.toFixed(2)}x`, 8)}${r.ratioP25.toFixed(2)}-${r.ratioP75.toFixed(2)}x  (${r.samples} samples; ${r.candidate} vs ${r.baseline})`;
    } else if (r.kind === 'measurement') {
      line = `${pad(ms(r.medianMs), 14)}${pad('-', 14)}${pad('-', 8)}${r.p25Ms.toFixed(1)}-${r.p75Ms.toFixed(1)} ms  (${r.samples} sample${r.samples === 1 ? '' : 's'}; ${r.what}, absolute)`;
    } else if (r.kind === 'metric') {
      const f = (n: number) => formatMetric(n, r.unit);
      const flag = r.withinBudget === false ? 'OVER BUDGET; ' : '';
      line = `${pad(f(r.median), 14)}${pad('-', 14)}${pad('-', 8)}${flag}${f(r.p25)} - ${f(r.p75)}, max ${f(r.max)}  (${r.samples} sample${r.samples === 1 ? '' : 's'}; ${r.what})`;
    } else {
      line = `${pad(`${r.requestsPerSecond} req/s`, 14)}${pad('-', 14)}${pad('-', 8)}p99 ${r.p99Ms} ms, p50 ${r.p50Ms} ms  (${r.seconds} s, ${r.connections} connections; ${r.non2xx} non-2xx, ${r.errors} errors)`;
    }
    console.log(`${pad(r.name, 50)}${line}`);
  }
}

/**
 * `--compare FILE`: each ratio of this run against the same row of a saved
 * result, with a line for every ratio that got more than `tolerance` worse.
 * Rows that are new or gone are said too, so a rename is not mistaken for a pass.
 */
export function compareRuns(previous: readonly Row[], current: readonly Row[], tolerance = 0.1): string[] {
  const before = new Map(previous.filter((r): r is Comparison => r.kind === 'comparison').map((r) => [r.name, r]));
  const lines: string[] = [];
  for (const row of current) {
    if (row.kind !== 'comparison') continue;
    const old = before.get(row.name);
    if (!old) {
      lines.push(`new: ${row.name} (${row.ratio.toFixed(2)}x), not in the saved result`);
      continue;
    }
    before.delete(row.name);
    const change = row.ratio / old.ratio - 1;
    if (change > tolerance) lines.push(`WORSE by ${(change * 100).toFixed(0)}%: ${row.name}: ${old.ratio.toFixed(2)}x -> ${row.ratio.toFixed(2)}x`);
  }
  for (const name of before.keys()) lines.push(`gone: ${name}, in the saved result but not in this run`);
  return lines;
}
