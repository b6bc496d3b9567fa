import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORT_FORMATS, graphFromJson, InputError, type ParleyGraph, writeExport } from '@parley/core';
import { z } from 'zod';

export const ExportArgs = z
  .object({
    graph: z.string().min(1, 'give the graph.json to export'),
    format: z.enum(EXPORT_FORMATS, { message: `--format must be one of ${EXPORT_FORMATS.join(', ')}` }),
    out: z.string().min(1, '--out must name a file (or, for csv, a folder or a .csv base name)'),
    quiet: z.boolean().default(false),
  })
  .refine((a) => resolve(a.out) !== resolve(a.graph), {
    message: '--out must not be the graph file being exported',
    path: ['out'],
  });
export type ExportArgs = z.infer<typeof ExportArgs>;

export interface ExportSummary {
  files: string[];
  nodes: number;
  edges: number;
  seconds: number;
}

/** Reads and validates a graph.json, saying which file is wrong and how. */
export async function readGraphFile(path: string): Promise<ParleyGraph> {
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    const reason =
      e.code === 'ENOENT'
        ? 'no such file'
        : e.code === 'EISDIR'
          ? 'is a folder, not a graph file'
          : e.message;
    throw new InputError(`${path}: ${reason}`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  try {
    return graphFromJson(data);
  } catch (e) {
    throw new InputError(`${path}: ${(e as Error).message}`);
  }
}

/**
 * `parley export`: reads a graph.json and writes it as GraphML, GEXF, contract JSON or CSV
 * (`nodes.csv` and `edges.csv` in the folder `--out`, or `<base>.nodes.csv` and `<base>.edges.csv`
 * for `--out <base>.csv`). Every file is written atomically.
 */
export async function runExport(args: ExportArgs, log: (line: string) => void): Promise<ExportSummary> {
  const started = performance.now();
  const graph = await readGraphFile(args.graph);
  const files = await writeExport(graph, args.format, args.out);
  const summary: ExportSummary = {
    files,
    nodes: graph.order,
    edges: graph.size,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
  if (!args.quiet) {
    log(
      `exported ${args.graph} as ${args.format} to ${files.join(' and ')}: ${summary.nodes} nodes, ${summary.edges} edges in ${summary.seconds} s`,
    );
  }
  return summary;
}
