// Writes dist/openapi.json from the SDK's schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/sdk/openapi.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/openapi.json', `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log('dist/openapi.json written');
