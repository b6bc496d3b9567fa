import { stat } from 'node:fs/promises';
import { InputError, type RebuildResult, rebuildGraphFolder } from '@parley/core';
import { z } from 'zod';

export const RebuildArgs = z.object({
  folders: z.array(z.string().min(1)).min(1, 'give at least one graph folder'),
  force: z.boolean().default(false),
  layout: z.boolean().default(true),
  quiet: z.boolean().default(false),
});
export type RebuildArgs = z.infer<typeof RebuildArgs>;

/**
 * `parley rebuild`: brings each graph folder up to date from its stored articles (re-extracted when
 * the extractor version changed, with `--force`, or after an interrupted write); see
 * `rebuildGraphFolder`. One folder failing does not stop the others; it is named and the exit code is 1.
 * @returns the result per folder
 * @throws InputError naming every folder that could not be rebuilt (after trying all)
 */
export async function runRebuild(args: RebuildArgs, log: (line: string) => void): Promise<RebuildResult[]> {
  const results: RebuildResult[] = [];
  const failures: string[] = [];
  for (const folder of args.folders) {
    const info = await stat(folder).catch(() => undefined);
    if (!info?.isDirectory()) {
      failures.push(`${folder}: not a graph folder`);
      continue;
    }
    try {
      const started = performance.now();
      const result = await rebuildGraphFolder(folder, { force: args.force, layout: args.layout, log });
      results.push(result);
      if (!args.quiet) {
        const seconds = Math.round((performance.now() - started) / 10) / 100;
        log(
          result.rebuilt
            ? `rebuilt ${folder}: ${result.articles} articles in ${seconds} s (${result.reason}); previous graph kept as graph.json.bak`
            : `${folder}: up to date (${result.articles} articles), nothing rebuilt`,
        );
      }
    } catch (e) {
      failures.push(`${folder}: ${(e as Error).message}`);
    }
  }
  if (failures.length) throw new InputError(failures.join('; '));
  return results;
}
