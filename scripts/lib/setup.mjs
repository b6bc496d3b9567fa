// Installs what a fresh machine lacks (pnpm, dependencies, Debian packages), for `npm start` and `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const { packageManager } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const pnpmVersion = packageManager.split('@')[1];

/** Runs a command in the repository root with inherited output; throws on failure. */
export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

function version(cmd) {
  try {
    return execFileSync(cmd, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Makes sure the pinned pnpm is on PATH: npm's global install first, corepack as the fallback. */
export function ensurePnpm() {
  if (version('pnpm') === pnpmVersion) return;
  console.log(`[parley] installing pnpm@${pnpmVersion}`);
  const viaNpm = spawnSync('npm', ['install', '-g', `pnpm@${pnpmVersion}`], { stdio: 'inherit' });
  if (viaNpm.status === 0 && version('pnpm') === pnpmVersion) return;
  run('corepack', ['prepare', `pnpm@${pnpmVersion}`, '--activate'], {
    env: { ...process.env, COREPACK_INTEGRITY_KEYS: '0' },
  });
  if (!version('pnpm'))
    throw new Error(`could not install pnpm; install it with: npm i -g pnpm@${pnpmVersion}`);
}

/** Installs the workspace's dependencies exactly as locked (fast when nothing changed). */
export function ensureDependencies() {
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
}

const aptCommands = { chromium: '/usr/bin/chromium', 'libxml2-utils': '/usr/bin/xmllint' };
const aptPythonModules = { 'python3-networkx': 'networkx', 'python3-igraph': 'igraph' };

function hasPythonModule(module) {
  return spawnSync('/usr/bin/python3', ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs the Debian packages the browser and interop tests need, when running as root;
 * otherwise says how to get them (those tests then skip, saying why).
 */
export function ensureTestTools() {
  const missing = [
    ...Object.entries(aptCommands)
      .filter(([, bin]) => !existsSync(bin))
      .map(([pkg]) => pkg),
    ...Object.entries(aptPythonModules)
      .filter(([, mod]) => !hasPythonModule(mod))
      .map(([pkg]) => pkg),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.warn(
      `[parley] missing ${missing.join(', ')}: install with sudo apt-get install -y ${missing.join(' ')}`,
    );
    return;
  }
  console.log(`[parley] installing ${missing.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** Builds every package and app. */
export function buildAll() {
  run('pnpm', ['-r', '--reporter=append-only', 'run', 'build']);
}
