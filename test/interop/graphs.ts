// Graphs the interop tests export: the seed article's and one built from PolNeAR (read from
// ../shared, never copied), plus what a faithful reader must see for each attribute.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildGraph,
  extractArticle,
  inferAttributeColumns,
  type ParleyGraph,
  seedPositions,
  stripForbiddenXmlChars,
} from '@parley/core';

export const seedDir = fileURLToPath(new URL('../../graphs/ukraine-peace-talks/articles/', import.meta.url));
export const polnearDir = fileURLToPath(
  new URL('../../../shared/eval/polnear/heldout/text/', import.meta.url),
);
export const PYTHON = '/usr/bin/python3';

/** Builds one graph from a folder of .txt articles, with seeded positions (no slow layout). */
export function graphFromFolder(dir: string, name: string): ParleyGraph {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const extractions = files.map((f) =>
    extractArticle(readFileSync(`${dir}/${f}`, 'utf8'), { id: f.slice(0, -4) }),
  );
  const graph = buildGraph(extractions, { name });
  seedPositions(graph);
  return graph;
}

/** Why a tool-based test cannot run here, or null when it can. */
export function missingPython(module: string): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} is missing`;
  const r = spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
  return r.status === 0 ? null : `python3-${module} is not installed (apt-get install python3-${module})`;
}

export function missingCommand(path: string, pkg: string): string | null {
  return existsSync(path) ? null : `${path} is missing (apt-get install ${pkg})`;
}

export type Attributes = Record<string, unknown>;

/** What a reader of our XML should find: JSON columns as JSON text, strings without forbidden characters. */
export function expectedAttributes(graph: ParleyGraph): {
  graph: Attributes;
  node: (a: Attributes) => Attributes;
  edge: (a: Attributes) => Attributes;
} {
  const columns = inferAttributeColumns(graph);
  const encoder = (list: { name: string; json: boolean }[]) => {
    const json = new Set(list.filter((c) => c.json).map((c) => c.name));
    return (attributes: Attributes): Attributes => {
      const out: Attributes = {};
      for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined) continue;
        const encoded = json.has(name) ? JSON.stringify(value) : value;
        out[name] = typeof encoded === 'string' ? stripForbiddenXmlChars(encoded) : encoded;
      }
      return out;
    };
  };
  const node = encoder(columns.node);
  const edge = encoder(columns.edge);
  return { graph: encoder(columns.graph)(graph.getAttributes()), node, edge };
}

/** Drops the keys a tool reports as missing (empty strings), for readers that cannot tell them apart. */
export function withoutEmpty(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== ''));
}
