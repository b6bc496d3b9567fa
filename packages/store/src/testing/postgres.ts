import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's PostgreSQL 15 server binaries are (`apt-get install postgresql`). */
const BIN = '/usr/lib/postgresql/15/bin';

/** A PostgreSQL server of a test's own: its URL, and how to stop it (and remove its data). */
export interface TestPostgres {
  url: string;
  stop(): void;
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a server binary as the `postgres` user (the server refuses to run as root). */
function asPostgres(binary: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync('runuser', ['-u', 'postgres', '--', join(BIN, binary), ...args], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}`.trim() };
}

/** Why a PostgreSQL server cannot be started here, or undefined when it can be tried. */
export function postgresUnavailable(): string | undefined {
  if (!existsSync(join(BIN, 'pg_ctl')))
    return `no PostgreSQL server binaries in ${BIN} (apt-get install postgresql)`;
  if (process.getuid?.() !== 0) return 'not root: cannot run the server as the postgres user (runuser)';
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0) return 'there is no postgres user';
  return undefined;
}

/**
 * Starts a throwaway PostgreSQL server for a test: a temporary data directory owned by `postgres`,
 * trust authentication, a free loopback port, no fsync. Stop it in `afterAll`.
 * @returns the server, or the reason it could not start (for a skip message)
 */
export async function startTestPostgres(): Promise<TestPostgres | { unavailable: string }> {
  const why = postgresUnavailable();
  if (why) return { unavailable: why };
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
  const dir = mkdtempSync(join(tmpdir(), 'parley-pg-'));
  chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const init = asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  if (!init.ok) {
    remove();
    return { unavailable: `initdb failed: ${init.output.slice(-300)}` };
  }
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
  const start = asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  if (!start.ok) {
    remove();
    return { unavailable: `pg_ctl start failed: ${start.output.slice(-300)}` };
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      remove();
    },
  };
}
