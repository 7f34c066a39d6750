/**
 * `npm run bench`: every benchmark, one table, and bench/results/latest.json;
 * a line for each budget of ../shared/BUDGETS.md that a row misses (the demo
 * article page's Web Vitals and third-party requests, bench/article-page.ts).
 * `npm run bench -- --quick`: one sample of each, no warm-up and 1 s per
 * server route, so that CI checks that the harness still runs; its ratios mean
 * nothing and are not judged. It writes bench/results/quick.json instead, so
 * it never replaces a full run's numbers.
 * `npm run bench -- --compare FILE`: also marks every ratio that got more
 * than 10% worse than in FILE (a saved latest.json); `--tolerance 5` for 5%.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { budgetReport, compareRuns, printTable, type Row } from './harness.js';
import { sdkParseBenchmarks } from './sdk-parse.bench.js';
import { runInBrowser } from './browser-runner.js';
import { serverBenchmarks } from './server-api.js';
import { startNewsServer } from './news-server.js';
import { articlePageBenchmarks } from './article-page.js';
import { pageBytesBenchmarks } from './page-bytes.js';
import { ssrRenderBenchmarks } from './ssr-render.js';

const quick = process.argv.includes('--quick');
const compareIndex = process.argv.indexOf('--compare');
const compareFile = compareIndex >= 0 ? process.argv[compareIndex + 1] : undefined;
if (compareIndex >= 0 && !compareFile) throw new Error('--compare needs a file: npm run bench -- --compare bench/results/saved.json');
// Read before the run, so a bad file fails at once and a run cannot compare with itself.
const saved = compareFile ? (JSON.parse(readFileSync(compareFile, 'utf8')) as { results: Row[] }).results : undefined;
// `--tolerance 5`: how much worse (in %) a ratio may get before it is marked; 10 by default.
const toleranceIndex = process.argv.indexOf('--tolerance');
const tolerance = toleranceIndex >= 0 ? Number(process.argv[toleranceIndex + 1]) / 100 : 0.1;
if (!(tolerance >= 0)) throw new Error('--tolerance needs a percentage: npm run bench -- --compare FILE --tolerance 5');
/** Samples and warm-up of each browser benchmark: `[samples, warmup]`, as its entry point takes them. */
const size = (samples: number, warmup: number) => (quick ? '1, 0' : `${samples}, ${warmup}`);

const rows: Row[] = [
  ...sdkParseBenchmarks(quick ? { samples: 1, warmup: 0 } : {}),
  ...(await runInBrowser('bench/browser/article.bench.ts', `window.bench.runArticleBench(${size(15, 3)})`)),
  ...(await runInBrowser('bench/browser/elements.bench.ts', `window.bench.runElementsBench(${size(21, 5)})`)),
  ...(await runInBrowser('bench/browser/comment-form.bench.ts', `window.bench.runCommentFormBench(${size(21, 5)})`)),
  ...(await runInBrowser('bench/browser/comments.bench.ts', `window.bench.runCommentsBench(${size(21, 5)})`)),
  ...(await runInBrowser('bench/browser/pow.bench.ts', `window.bench.runPowBench(${size(20, 2)})`)),
  // What each budgeted page downloads, as Chromium fetched it (one load each: the bytes do not vary).
  ...(await pageBytesBenchmarks()),
  // Server rendering in Node: the article with a 2 KB and a 200 KB body.
  ...(await ssrRenderBenchmarks(quick ? 1 : 10, quick ? 0 : 2)),
];
// One reference server (PGlite, seeded) for the article page and then autocannon, started after the
// in-browser benchmarks so that its start does not compete with them for the CPU.
const server = await startNewsServer();
try {
  // 5 cold loads of each article page: medians a single slow load cannot move; 1 in quick mode.
  rows.push(...(await articlePageBenchmarks(server.url, quick ? 1 : 5)));
  // The issue's 10 s per route; 1 s (autocannon's shortest useful run) in quick mode.
  rows.push(...(await serverBenchmarks(quick ? 1 : 10, server.url)));
} finally {
  await server.close();
}
printTable(rows);
const budgetLines = budgetReport(rows);
if (budgetLines.length) console.log(`\n${budgetLines.join('\n')}`);
if (saved) {
  const lines = quick ? ['(quick mode: not compared, one sample says nothing)'] : compareRuns(saved, rows, tolerance);
  console.log(`\ncompared with ${compareFile}: ${lines.length ? '' : `no ratio got more than ${Math.round(tolerance * 100)}% worse`}`);
  for (const line of lines) console.log(line);
}
if (quick) console.log('\nquick mode: one sample each, no warm-up; the figures only show that every benchmark runs, ratios are not judged (budget lines above come from a single page load).');
const file = quick ? 'bench/results/quick.json' : 'bench/results/latest.json';
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, quick, results: rows }, null, 2)}\n`,
);
console.log(`\nwritten: ${file}`);
