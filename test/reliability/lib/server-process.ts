// The built server (apps/api/dist/server.js) as a child process, for crash and shutdown tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../../scripts/bench/lib/net.mjs';
import { repoRoot } from './http.js';

export const SERVER_JS = join(repoRoot, 'apps/api/dist/server.js');

/** Why the built server cannot be started here, or null when it can. */
export function serverSkipReason(): string | null {
  if (!existsSync(SERVER_JS)) return `${SERVER_JS} is not built (pnpm --filter @parley/api build)`;
  if (!existsSync(join(repoRoot, 'packages/core/dist/index.js')))
    return 'core is not built (pnpm --filter @parley/core build)';
  return null;
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** The address the server said it listens on. */
  url: string;
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node apps/api/dist/server.js` on a free port with `env` added (PARLEY_GRAPHS, PARLEY_TOKEN,
 * ...), and resolves once it prints that it is running.
 */
export async function startServer(env: Record<string, string>, timeoutMs = 20_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_JS], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', VITEST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      const m = /running at (http:\/\/[^\s/]+:\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before it started:\n${output}`));
    });
  });
  return { child, port, url, output: () => output, exited };
}
