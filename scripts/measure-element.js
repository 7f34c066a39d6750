// Measures one element straight from src, in memory (writes nothing): minified +
// gzip -9, bundled with lit and everything it imports, lazy chunks apart. For
// quick checks while working; `npm run size` is the real gate on dist/.
// Usage: node scripts/measure-element.js share-bar
import { gzipSync } from 'node:zlib';
import { bundleElementFromSrc } from './bundle-src.js';

const name = process.argv[2];
if (!name) {
  console.error('usage: node scripts/measure-element.js <element folder name, e.g. share-bar>');
  process.exit(2);
}
for (const chunk of await bundleElementFromSrc(name)) {
  const bytes = gzipSync(chunk.code, { level: 9 }).length;
  console.log(`${chunk.isEntry ? 'entry' : 'lazy '} ${chunk.fileName.padEnd(40)} ${(bytes / 1024).toFixed(2)} KB gz (${bytes} B)`);
}
