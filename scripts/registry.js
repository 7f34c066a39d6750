// The registry of elements, read from src/elements.ts for the build scripts
// (rollup, size, types, the demo): each `export * from './components/<name>/index.js'`
// line there is one element, tag `news-<name>`.
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../src/elements.ts', import.meta.url), 'utf8');

/** Folder names under src/components, in registry order: `provider`, `article`, ... */
export const elements = [...source.matchAll(/^export \* from '\.\/components\/([a-z][a-z0-9-]*)\/index\.js';$/gm)].map((m) => m[1]);

if (elements.length === 0) throw new Error('src/elements.ts lists no element: expected lines like `export * from \'./components/<name>/index.js\';`');

/** The tag an element folder registers. */
export const tagOf = (name) => `news-${name}`;
