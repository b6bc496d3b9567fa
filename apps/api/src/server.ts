import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const app = createApp({
  graphsDir: process.env.PARLEY_GRAPHS ?? `${root}graphs`,
  viewerDir: `${root}apps/viewer/dist`,
});
const server = app.listen(port, host, () => {
  console.log(`Parley is running at http://${host}:${port}/`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
