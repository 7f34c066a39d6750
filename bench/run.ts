/** `npm run bench`: every benchmark, one table, and bench/results/latest.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { printTable } from './harness.js';
import { sdkParseBenchmarks } from './sdk-parse.bench.js';
import { runInBrowser } from './browser-runner.js';

const rows = [
  ...sdkParseBenchmarks(),
  ...(await runInBrowser('bench/browser/article.bench.ts', 'window.bench.runArticleBench(15)')),
  ...(await runInBrowser('bench/browser/elements.bench.ts', 'window.bench.runElementsBench(21)')),
];
printTable(rows);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results: rows }, null, 2)}\n`,
);
console.log('\nwritten: bench/results/latest.json');
