// Points the `types` of each public entry at the declarations tsc wrote to dist/types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { elements } from './registry.js';

const write = (file, target) => {
  mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  writeFileSync(file, `export * from '${target}';\n`);
};

write('dist/index.d.ts', './types/index.js');
write('dist/sdk/index.d.ts', '../types/sdk/index.js');
write('dist/sdk/admin.d.ts', '../types/sdk/admin.js');
for (const name of ['wordpress', 'ghost']) write(`dist/sdk/adapters/${name}.d.ts`, `../../types/sdk/adapters/${name}.js`);
write('dist/react/index.d.ts', '../types/react/index.js');
write('dist/ssr/index.d.ts', '../types/ssr/index.js');
write('dist/hydrate.d.ts', './types/internal/hydrate.js');
for (const name of elements) write(`dist/elements/${name}.d.ts`, `../types/components/${name}/index.js`);
