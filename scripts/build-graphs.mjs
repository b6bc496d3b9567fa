// Builds graphs/<name>/graph.json (and graph.graphml) for every graph whose articles, or the core
// that reads them, changed since it was last built. Usage: node scripts/build-graphs.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib/setup.mjs';

const force = process.argv.includes('--force');
const graphsDir = join(root, 'graphs');
const parley = join(root, 'node_modules/.bin/parley');
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function newestInput(articles) {
  const files = readdirSync(articles).filter((f) => f.endsWith('.txt'));
  return Math.max(
    mtime(articles),
    mtime(join(root, 'packages/core/dist/index.js')),
    ...files.map((f) => mtime(join(articles, f))),
  );
}

const canExport = spawnSync(parley, ['--help'], { encoding: 'utf8' }).stdout?.includes('export');

for (const name of readdirSync(graphsDir).sort()) {
  const articles = join(graphsDir, name, 'articles');
  if (!existsSync(articles)) continue;
  const json = join(graphsDir, name, 'graph.json');
  const graphml = join(graphsDir, name, 'graph.graphml');
  if (!force && mtime(json) > newestInput(articles) && (!canExport || mtime(graphml) >= mtime(json)))
    continue;
  run(parley, ['build', articles, '--out', json, '--name', name]);
  if (canExport) run(parley, ['export', json, '--format', 'graphml', '--out', graphml]);
}
