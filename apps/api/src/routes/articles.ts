import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type ArticleNode, articleKey, findParagraphs, readArticleFile, type Span } from '@parley/core';
import { z } from 'zod';
import { JsonText } from '../http/json-text.js';
import { HttpError } from '../http/problem.js';
import type { ApiRoutes } from '../http/route.js';
import { lineSlices, yieldToLoop } from '../http/yielding.js';
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

/** Characters hashed, searched for paragraphs and JSON-escaped between two turns of the event loop. */
const SLICE = 256 * 1024;

/**
 * The text file of an article of the graph. Only ids of article nodes are looked up (so no path is
 * built from anything else).
 */
async function readArticleText(dir: string, graph: string, article: ArticleNode): Promise<string> {
  try {
    return await readArticleFile(join(dir, `${article.id}.txt`));
  } catch (err) {
    throw noText(
      graph,
      article.id,
      (err as NodeJS.ErrnoException).message.includes('no such file')
        ? 'the file is missing'
        : 'the file is not a readable article',
    );
  }
}

/**
 * The answer for an article (the ArticleText document), built slice by slice with turns of the event
 * loop in between, so a 4 MB article holds the loop for a few milliseconds at a time, not for the
 * whole hashing, paragraph search and JSON escaping. A file edited since the build is refused: its
 * offsets would lie. The ETag names the text by its sha256 (and the metadata), so no body hash.
 */
export async function articleBody(graph: string, article: ArticleNode, text: string): Promise<JsonText> {
  const hash = createHash('sha256');
  const paragraphs: Span[] = [];
  const escaped: Buffer[] = [];
  for (const [from, to] of lineSlices(text, SLICE)) {
    const piece = text.slice(from, to);
    hash.update(piece);
    for (const [start, end] of findParagraphs(piece)) paragraphs.push([from + start, from + end]);
    escaped.push(Buffer.from(JSON.stringify(piece).slice(1, -1)));
    await yieldToLoop();
  }
  if (hash.digest('hex') !== article.sha256) {
    throw noText(graph, article.id, 'the file changed since the graph was built');
  }
  // the keys in the order the schema lists them: id, label, date, publisher, text, paragraphs
  const head = JSON.stringify({
    id: article.id,
    label: article.label,
    ...(article.date ? { date: article.date } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
  });
  const bytes = Buffer.concat([
    Buffer.from(`${head.slice(0, -1)},"text":"`),
    ...escaped,
    Buffer.from(`","paragraphs":${JSON.stringify(paragraphs)}}`),
  ]);
  const named = createHash('sha1').update(head).update(article.sha256).digest('base64').slice(0, 27);
  return new JsonText(bytes, `W/"${bytes.length.toString(16)}-${named}"`);
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
      return articleBody(params.graph, node, text);
    },
  });
}
