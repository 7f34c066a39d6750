/**
 * Shared by the package tests: the scratch app that has the packed package installed
 * (scripts/pack-consumer.js writes .pack/consumer before these tests run), and a way to run a tool.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const consumerDir = path.join(repoRoot, '.pack', 'consumer');
export const installedPackage = path.join(consumerDir, 'node_modules', 'news-elements');

if (!existsSync(path.join(installedPackage, 'package.json'))) {
  throw new Error('No packed package in .pack/consumer: run `node scripts/pack-consumer.js` (npm run test:package does) after `npm run build`.');
}

export interface RunResult {
  code: number | null;
  /** stdout and stderr together, for failure messages. */
  output: string;
}

/** Runs a command to its end (no shell), in the scratch app unless told otherwise. */
export function run(command: string, args: string[], cwd = consumerDir): RunResult {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

export const bin = (name: string): string => path.join(repoRoot, 'node_modules', '.bin', name);

/** Copies test/types/<file> into a folder of the scratch app, where `news-elements` is the packed package. */
export function fixture(file: string, folder: string): string {
  const dir = path.join(consumerDir, folder);
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(repoRoot, 'test', 'types', file), path.join(dir, file));
  return path.join(folder, file);
}

/** Type-checks files of the scratch app as a user's project would, library declarations included. */
export function typecheck(files: string[], resolution: 'bundler' | 'node16' = 'bundler'): RunResult {
  return run(bin('tsc'), [
    '--noEmit',
    '--strict',
    '--skipLibCheck', 'false',
    '--target', 'es2022',
    '--lib', 'es2023,dom,dom.iterable',
    '--module', resolution === 'bundler' ? 'esnext' : 'node16',
    '--moduleResolution', resolution,
    '--jsx', 'react-jsx',
    '--types', 'react',
    ...files,
  ]);
}
