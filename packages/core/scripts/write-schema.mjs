// Writes schema/graph-contract.v1.json from the zod schemas (run after `pnpm build`).
import { writeFileSync } from 'node:fs';
import { graphJsonSchema } from '../dist/index.js';

const url = new URL('../schema/graph-contract.v1.json', import.meta.url);
writeFileSync(url, `${JSON.stringify(graphJsonSchema(), null, 2)}\n`);
console.log(`wrote ${url.pathname}`);
