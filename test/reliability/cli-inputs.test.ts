// The CLI against hostile input folders: a named pipe among the articles, and more files than the
// process may open at once. Runs the built CLI as a child process (for `ulimit -n`).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from './lib/http.js';

const BIN = join(repoRoot, 'packages/cli/bin/parley.js');
const built = existsSync(join(repoRoot, 'packages/cli/dist/main.js'));

/**
 * Runs `sh -c "ulimit -n <limit>; parley ..."`, resolving to its exit code and output. A run past
 * `timeout` is killed (a hang then fails the test on its exit code, not on a clock).
 */
function parley(args: string[], limit = 1024, timeout = 540_000): Promise<{ code: number; out: string }> {
  const quoted = args.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  return new Promise((resolve) => {
    execFile(
      'sh',
      ['-c', `ulimit -n ${limit} && exec node '${BIN}' ${quoted}`],
      { timeout },
      (err, stdout, stderr) =>
        resolve({ code: err ? (err.killed ? -1 : Number(err.code ?? 1)) : 0, out: stdout + stderr }),
    );
  });
}

describe.skipIf(!built)('parley build on hostile input folders (built CLI)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-cli-inputs-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('builds 10,000 article files under `ulimit -n 1024` (reads are bounded, no EMFILE)', async () => {
    const input = join(dir, 'in');
    await mkdir(input);
    for (let i = 0; i < 10_000; i++) {
      await writeFile(
        join(input, `a${i}.txt`),
        `Officials said talks number ${i} would resume. Putin said no.\n`,
      );
    }
    const { code, out } = await parley(['build', input, '--out', join(dir, 'g.json'), '--no-layout']);
    expect(out).not.toMatch(/EMFILE/);
    expect(code).toBe(0);
    expect(out).toMatch(/10000 articles/);
  }, 600_000); // 10,000 extractions: under a minute alone, several on a loaded machine

  it('refuses a named pipe in its input folder at once, naming it, and writes nothing', async () => {
    const input = join(dir, 'in');
    await mkdir(input);
    await writeFile(join(input, 'a.txt'), 'Putin said no.\n');
    execFileSync('mkfifo', [join(input, 'b.txt')]);
    // a CLI that waited on the pipe would be killed at the timeout and exit with another code
    const { code, out } = await parley(['build', input, '--out', join(dir, 'out', 'g.json')], 1024, 120_000);
    expect(code).toBe(1);
    expect(out).toMatch(/b\.txt: is a named pipe \(FIFO\), not an article file/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 180_000);
});
