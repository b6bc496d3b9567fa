// Brings every graph folder in graphs/ up to date from its own stored articles: `parley rebuild`
// re-extracts a folder only when the extractor version that built it is not the current one (or
// with --force, or after an interrupted write), keeping every article ever added with its metadata.
// Writes graph.graphml beside a graph that was rebuilt or has none.
// Usage: node scripts/build-graphs.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib/setup.mjs';

const force = process.argv.includes('--force');
const graphsDir = join(root, 'graphs');
const parley = join(root, 'node_modules/.bin/parley');
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

for (const name of readdirSync(graphsDir).sort()) {
  const folder = join(graphsDir, name);
  if (!statSync(folder).isDirectory()) continue;
  if (!existsSync(join(folder, 'articles')) && !existsSync(join(folder, 'manifest.json'))) continue;
  const before = mtime(join(folder, 'graph.json'));
  const rebuilt = spawnSync(parley, ['rebuild', folder, ...(force ? ['--force'] : [])], { stdio: 'inherit' });
  // One graph that cannot be rebuilt keeps its previous graph and does not stop the others.
  if (rebuilt.status !== 0) continue;
  const json = join(folder, 'graph.json');
  const graphml = join(folder, 'graph.graphml');
  if (mtime(json) !== before || mtime(graphml) < mtime(json)) {
    run(parley, ['export', json, '--format', 'graphml', '--out', graphml]);
  }
}
