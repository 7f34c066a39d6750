// Every element has a React wrapper, and each wrapper listens to exactly the events its element
// documents (`@fires`, in custom-elements.json): a new event without its onNews… prop fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './support.js';

interface Manifest {
  modules: { path: string; declarations?: { tagName?: string; name: string; events?: { name: string }[] }[] }[];
}

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'dist', 'custom-elements.json'), 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, folder: mod.path.split('/')[2]! })));

describe('React wrappers', () => {
  it('cover every element of the manifest', () => {
    const index = readFileSync(path.join(repoRoot, 'src', 'react', 'index.ts'), 'utf8');
    for (const element of elements) assert.match(index, new RegExp(`export \\{ ${element.name} \\} from './${element.folder}\\.js'`), `${element.tagName} has no wrapper`);
  });

  for (const element of elements) {
    it(`<${element.tagName}>: one onNews… prop per documented event`, () => {
      const source = readFileSync(path.join(repoRoot, 'src', 'react', `${element.folder}.ts`), 'utf8');
      const listened = [...(/newsEvents\(([^)]*)\)/.exec(source)?.[1] ?? '').matchAll(/'(news-[a-z-]+)'/g)].map((m) => m[1]).sort();
      assert.deepEqual(listened, (element.events ?? []).map((event) => event.name).sort());
      assert.match(source, new RegExp(`tagName: '${element.tagName}'`));
    });
  }
});
