import {
  ArticleFieldsSchema,
  addToGraph,
  articleFingerprint,
  articleFromHtml,
  articleId,
  articleKey,
  buildGraph,
  decodeArticle,
  decodeText,
  type Extraction,
  InputError,
  manifestFromFolder,
  type ParleyGraph,
  readManifest,
  storeArticleText,
  writeManifest,
} from '@parley/core';
import type { Request } from 'express';
import { z } from 'zod';
import { badParameters, HttpError } from '../http/problem.js';
import { type ApiRoutes, parameterProblems } from '../http/route.js';
import { type ArticleExtractor, CancelledError, DeadlineError } from '../ingest/extractor.js';
import { GraphParams } from '../schemas/params.js';
import { IngestResultSchema } from '../schemas/views.js';
import type { GraphIndex } from '../store/graph-index.js';
import type { GraphStore } from '../store/graph-store.js';
import { placeNewNodes } from '../store/place.js';

/** The JSON form of an article upload: its text and what else is known of it (the CLI's fields). */
export const ArticleUpload = z
  .strictObject({
    text: z.string().min(1).meta({ description: 'the article text (UTF-8, at most 5 MB)' }),
    ...ArticleFieldsSchema.shape,
  })
  .meta({ id: 'ArticleUpload' });

type Upload = z.output<typeof ArticleUpload>;

/** The value `read` gives, an input problem in it a 400 naming the body field. */
function checked<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof InputError) throw badParameters([{ in: 'body', name, reason: err.message }]);
    throw err;
  }
}

/**
 * The upload from a text/plain body (raw bytes), a news page (text/html: its main text and metadata,
 * read as the CLI reads `.html` files) or a JSON body, checked like an article file.
 */
function readUpload(req: Request): Upload {
  const check = (name: string, bytes: Uint8Array) => checked(name, () => decodeArticle(name, bytes));
  if (Buffer.isBuffer(req.body) && req.is('text/html'))
    return checked('body', () => articleFromHtml('body', decodeText('body', req.body)));
  if (Buffer.isBuffer(req.body)) return { text: check('body', req.body) };
  const parsed = ArticleUpload.safeParse(req.body);
  if (!parsed.success) throw badParameters(parameterProblems('body', parsed.error));
  return { ...parsed.data, text: check('text', Buffer.from(parsed.data.text, 'utf8')) };
}

/** The 409 for an article the graph folder already holds. */
const duplicate = (name: string, id: string) =>
  new HttpError(409, 'duplicate-article', `graph "${name}" already has this article (${id})`);

/**
 * Adds the article to the graph folder's store before the graph: its text, then its manifest entry
 * (id, title, date, publisher, sha256, fingerprint), so a rebuild keeps it even if the server stops
 * before the graph is written.
 * @throws HttpError 409 when the folder already has the article (same id or same fingerprint)
 */
async function storeArticle(folder: string, name: string, upload: Upload, id: string): Promise<void> {
  const manifest = (await readManifest(folder)) ?? (await manifestFromFolder(folder)).manifest;
  const fingerprint = articleFingerprint(upload.text);
  const same = manifest.articles.find((a) => a.id === id || a.fingerprint === fingerprint);
  if (same) throw duplicate(name, same.id);
  const { text, ...meta } = upload;
  const entry = await storeArticleText(folder, { ...meta, id }, text);
  await writeManifest(folder, { ...manifest, articles: [...manifest.articles, entry] });
}

/** Merges one extraction into the graph (a new one when absent) and says what it added. */
function merge(name: string, current: ParleyGraph | undefined, x: Extraction) {
  const graph = current ?? buildGraph([], { name });
  const same = graph.findNode((_, a) => a.kind === 'article' && a.sha256 === x.article.sha256);
  if (same || graph.hasNode(articleKey(x.article.id))) throw duplicate(name, same ?? x.article.id);
  const before = new Set(graph.nodes());
  addToGraph(graph, [x]);
  const added = graph.nodes().filter((key) => !before.has(key));
  placeNewNodes(graph, added);
  return { graph, added: new Set(added) };
}

/** What one article brought: its statements and proposals, and the actors it added or touched. */
function describeAddition(index: GraphIndex, name: string, id: string, added: Set<string>, created: boolean) {
  const g = index.graph;
  const statements = (index.byArticle.get(id) ?? []).map((i) => index.statement(i));
  const proposals = g.outNeighbors(articleKey(id)).filter((k) => index.attributes(k).kind === 'proposal');
  const linked = new Set<string>();
  for (const key of [...statements.map((s) => s.key), ...proposals]) {
    for (const n of g.neighbors(key)) if (index.attributes(n).kind === 'actor') linked.add(n);
  }
  const newActors = [...added].filter((k) => index.attributes(k).kind === 'actor');
  return {
    graph: name,
    created,
    article: index.articleRef(id),
    actors: {
      added: newActors.map((k) => index.actorRef(k)),
      updated: [...linked].filter((k) => !added.has(k)).map((k) => index.actorRef(k)),
    },
    statements,
    proposals: proposals.map((k) => index.proposalRef(k)),
    counts: index.counts,
  };
}

/**
 * The article's extraction, in a worker (CPU-bound, it would stop every other request), as a
 * problem when it runs past the deadline or the client goes away.
 */
async function extractIn(extractor: ArticleExtractor, upload: Upload, id: string, signal: AbortSignal) {
  const { text, ...meta } = upload;
  try {
    return await extractor.extract(text, { ...meta, id }, signal);
  } catch (err) {
    if (err instanceof DeadlineError) {
      throw new HttpError(
        422,
        'extraction-deadline',
        `${err.message}: the article (${Math.round(Buffer.byteLength(text) / 1024)} KB) was not added`,
      );
    }
    if (err instanceof CancelledError)
      throw new HttpError(499, 'client-gone', 'the client went away; nothing was added');
    throw err;
  }
}

/** `POST /api/graphs/{graph}/articles`: extract one article and merge it into the graph. */
export function ingestRoutes(api: ApiRoutes, store: GraphStore, extractor: ArticleExtractor): void {
  api.add({
    method: 'post',
    path: '/api/graphs/{graph}/articles',
    summary: 'Add an article: extract it, merge it into the graph (created if new) and save atomically',
    description:
      'Body: the article as `text/plain`, a news page as `text/html` (its main text, title, date, outlet and URL ' +
      'from its metadata), or JSON `{text, title?, date?, publisher?, url?}`. The article id is the ' +
      "slug of the title (or first line) plus the start of the text's sha256, so posting the same text twice is a 409.",
    tags: ['ingest'],
    params: GraphParams,
    secured: true,
    body: {
      required: true,
      content: {
        'text/plain': { schema: z.string() },
        'text/html': { schema: z.string() },
        'application/json': { schema: ArticleUpload },
      },
    },
    problems: [409, 413, 415, 422, 503],
    response: { schema: IngestResultSchema, status: 201, description: 'what the article added' },
    handler: async ({ params, req, res }) => {
      const upload = readUpload(req);
      const id = articleId(upload);
      // A client that goes away before the article is stored stops its extraction.
      const gone = new AbortController();
      const onClose = () => {
        if (!res.writableFinished) gone.abort();
      };
      res.on('close', onClose);
      const { extraction, sentences } = await extractIn(extractor, upload, id, gone.signal);
      const result = await store.write(params.graph, async (current) => {
        if (gone.signal.aborted)
          throw new HttpError(499, 'client-gone', 'the client went away before the article was stored');
        const { graph, added } = merge(params.graph, current, extraction);
        await storeArticle(store.folder(params.graph), params.graph, upload, id);
        return { graph, result: { added, created: current === undefined } };
      });
      const loaded = await store.require(params.graph);
      if (sentences) loaded.sentences.prime(id, upload.text, sentences);
      const { index } = loaded;
      res.location(`/api/graphs/${params.graph}/nodes/${encodeURIComponent(articleKey(id))}`);
      return index.withSentences(() =>
        describeAddition(index, params.graph, id, result.added, result.created),
      );
    },
  });
}
