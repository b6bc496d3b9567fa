// `npm start`: installs what is missing, builds, builds stale graphs and serves the API and viewer.
import { buildAll, ensureDependencies, ensurePnpm, root, run } from './lib/setup.mjs';

ensurePnpm();
ensureDependencies();
buildAll();
run('node', ['scripts/build-graphs.mjs']);
await import(`${root}apps/api/dist/server.js`);
