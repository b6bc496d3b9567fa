// `pnpm bench`: runs every benchmark in scripts/bench/ (all but the 60-second soak unless --soak),
// one after another, each printing its own figures. Needs `pnpm build` first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const withSoak = process.argv.includes('--soak');
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && (withSoak || f !== 'soak.mjs'))
  .sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n## ${bench}`);
  const r = spawnSync('node', [`${dir}${bench}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
