// `parley build --jobs N`: the built CLI as a child process (worker threads run the built core), so the
// extraction really happens on N threads; the graph must be byte-identical to a one-thread build.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, seedArticles } from '../reliability/lib/http.js';

const BIN = join(repoRoot, 'packages/cli/bin/parley.js');
const built =
  existsSync(join(repoRoot, 'packages/cli/dist/main.js')) &&
  existsSync(join(repoRoot, 'packages/core/dist/extract/pool-worker.js'));
/** The fixture corpus (plain texts, an HTML page, a JSONL corpus, a meta CSV) and the input fixtures. */
const ANALYSIS = join(repoRoot, 'packages/core/src/analysis/fixtures');
const INPUTS = join(repoRoot, 'packages/core/src/io/inputs/fixtures');
/** Real news text when ../shared is there: PolNeAR's held-out articles. */
const HELDOUT = join(repoRoot, '../shared/eval/polnear/heldout/text');

/** The graph file with its one clock reading (`builtAt`, the graph's build time) blanked; every other byte kept. */
function withoutBuildTime(json: string): string {
  const stamped = /"builtAt":"[^"]*"/;
  expect(json).toMatch(stamped);
  return json.replace(stamped, '"builtAt":""');
}

/** Runs the built `parley` and resolves to its exit code and what it printed. */
function parley(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { timeout: 300_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

describe.skipIf(!built)('parley build --jobs (built CLI; skipped: packages/core or cli not built)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-build-jobs-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Builds `inputs` with `jobs` threads into `<dir>/<name>.json`, giving the JSON and the summary line. */
  async function build(name: string, jobs: number, inputs: string[]) {
    const out = join(dir, `${name}-${jobs}.json`);
    const run = await parley(['build', ...inputs, '--out', out, '--name', name, '--jobs', String(jobs)]);
    expect(run.code, run.out).toBe(0);
    return { json: withoutBuildTime(await readFile(out, 'utf8')), line: run.out };
  }

  it('writes the same graph, byte for byte but the build time, on 1 and on 2 worker threads (fixture corpus)', async () => {
    const inputs = [ANALYSIS, '--meta', join(ANALYSIS, 'meta.csv'), INPUTS, seedArticles];
    const one = await build('fixtures', 1, inputs);
    const two = await build('fixtures', 2, inputs);
    expect(one.line).not.toMatch(/worker thread/);
    expect(two.line).toMatch(/extracted on 2 worker threads/);
    expect(JSON.parse(two.json).nodes.length).toBeGreaterThan(20);
    expect(two.json).toBe(one.json);
  });

  it.skipIf(!existsSync(HELDOUT))(
    'does so on real news articles (PolNeAR held-out; skipped without ../shared)',
    async () => {
      const news = join(dir, 'news');
      await mkdir(news);
      // the first ten in name order: several outlets, long and short
      for (const f of readdirSync(HELDOUT).sort().slice(0, 10))
        await copyFile(join(HELDOUT, f), join(news, f));
      const one = await build('news', 1, [news]);
      const two = await build('news', 2, [news]);
      expect(two.line).toMatch(/10 articles, .* \(extracted on 2 worker threads\)/);
      expect(two.json).toBe(one.json);
    },
  );
});
