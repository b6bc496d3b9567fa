import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type ArticleNode, articleKey, findParagraphs, readArticleFile } from '@parley/core';
import { z } from 'zod';
import { HttpError } from '../http/problem.js';
import type { ApiRoutes } from '../http/route.js';
import { ArticleParams } from '../schemas/params.js';
import type { GraphStore } from '../store/graph-store.js';

const SpanSchema = z.tuple([z.number().int(), z.number().int()]);

/** One article's text, which every span of the graph indexes into, with its paragraph spans. */
export const ArticleTextSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    date: z.string().optional(),
    publisher: z.string().optional(),
    text: z
      .string()
      .meta({ description: 'the text exactly as extracted (spans are UTF-16 offsets into it)' }),
    paragraphs: z.array(SpanSchema).meta({ description: '[start, end) of each non-empty line' }),
  })
  .meta({ id: 'ArticleText' });

/** 404 naming the article whose text is not beside the graph. */
const noText = (graph: string, id: string, why: string) =>
  new HttpError(404, 'unknown-article', `graph "${graph}" has no text for article "${id}": ${why}`);

/**
 * The text file of an article of the graph. Only ids of article nodes are looked up (so no path is
 * built from anything else), and a file edited since the build is refused: its offsets would lie.
 */
async function readArticleText(dir: string, graph: string, article: ArticleNode): Promise<string> {
  let text: string;
  try {
    text = await readArticleFile(join(dir, `${article.id}.txt`));
  } catch (err) {
    throw noText(
      graph,
      article.id,
      (err as NodeJS.ErrnoException).message.includes('no such file')
        ? 'the file is missing'
        : 'the file is not a readable article',
    );
  }
  if (createHash('sha256').update(text).digest('hex') !== article.sha256) {
    throw noText(graph, article.id, 'the file changed since the graph was built');
  }
  return text;
}

/** `GET /api/graphs/{graph}/articles/{id}`: an article's text and paragraphs, for showing a span in context. */
export function articleRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/articles/{id}',
    summary: "An article's text with its paragraph spans",
    description:
      'The text every `span` of the graph indexes into, read from `graphs/<graph>/articles/<id>.txt`; 404 when ' +
      'the article is not in the graph or its text is missing or changed since the build.',
    tags: ['graphs'],
    params: ArticleParams,
    problems: [404],
    response: { schema: ArticleTextSchema, description: 'the article text' },
    handler: async ({ params }) => {
      const { graph, index } = await store.require(params.graph);
      const key = articleKey(params.id);
      const node = graph.hasNode(key) ? index.attributes(key) : undefined;
      if (node?.kind !== 'article') {
        throw new HttpError(404, 'unknown-article', `graph "${params.graph}" has no article "${params.id}"`);
      }
      const text = await readArticleText(store.articlesDir(params.graph), params.graph, node);
      return {
        id: node.id,
        label: node.label,
        ...(node.date ? { date: node.date } : {}),
        ...(node.publisher ? { publisher: node.publisher } : {}),
        text,
        paragraphs: findParagraphs(text),
      };
    },
  });
}
