import { createServer } from 'node:net';

/**
 * A free TCP port on 127.0.0.1, for starting a server process on (it is told the port by PORT).
 * @example const port = await freePort();
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
