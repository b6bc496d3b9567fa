import { z } from 'zod';
import { GraphSchema } from './schema.js';
import type { SerializedParleyGraph } from './types.js';

/**
 * Validates unknown data (a parsed `graph.json`) against the graph contract.
 * @throws Error naming the first offending path when the data does not conform.
 * @example parseGraph(JSON.parse(fs.readFileSync('graphs/x/graph.json', 'utf8')))
 */
export function parseGraph(data: unknown): SerializedParleyGraph {
  const result = GraphSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new Error(`not a Parley graph: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** The graph contract as a JSON Schema (draft 2020-12), generated from the zod schemas. */
export function graphJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(GraphSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
