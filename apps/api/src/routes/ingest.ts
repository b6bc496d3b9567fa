import {
  type ArticleExtractor,
  ArticleFieldsSchema,
  addToGraph,
  articleFingerprint,
  articleFromHtml,
  articleId,
  articleKey,
  articlesFromCorpus,
  buildGraph,
  CancelledError,
  DeadlineError,
  decodeArticle,
  decodeText,
  type Extraction,
  InputError,
  manifestFromFolder,
  type ParleyGraph,
  placeNearNeighbours,
  readManifest,
  seededRandom,
  storeArticleText,
  writeManifest,
} from '@parley/core';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { badParameters, HttpError } from '../http/problem.js';
import { type ApiRoutes, parameterProblems } from '../http/route.js';
import { GraphParams } from '../schemas/params.js';
import { BatchIngestResultSchema, IngestResultSchema } from '../schemas/views.js';
import type { GraphIndex } from '../store/graph-index.js';
import type { GraphStore } from '../store/graph-store.js';

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
 * Adds articles to the graph folder's store before the graph: their texts, then their manifest
 * entries (id, title, date, publisher, sha256, fingerprint) in one write, so a rebuild keeps them
 * even if the server stops before the graph is written.
 * @throws HttpError 409 when the folder already has one of them (same id or same fingerprint)
 */
async function storeArticles(folder: string, name: string, uploads: { upload: Upload; id: string }[]) {
  const manifest = (await readManifest(folder)) ?? (await manifestFromFolder(folder)).manifest;
  const entries = [];
  for (const { upload, id } of uploads) {
    const fingerprint = articleFingerprint(upload.text);
    const same = manifest.articles.find((a) => a.id === id || a.fingerprint === fingerprint);
    if (same) throw duplicate(name, same.id);
    const { text, ...meta } = upload;
    entries.push(await storeArticleText(folder, { ...meta, id }, text));
  }
  await writeManifest(folder, { ...manifest, articles: [...manifest.articles, ...entries] });
}

/** The article already in the graph with this extraction's id or text, if any. */
function alreadyIn(graph: ParleyGraph, x: Extraction): string | undefined {
  const same = graph.findNode((_, a) => a.kind === 'article' && a.sha256 === x.article.sha256);
  if (same) return graph.getNodeAttribute(same, 'id') as string;
  return graph.hasNode(articleKey(x.article.id)) ? x.article.id : undefined;
}

/** Merges extractions into the graph (a new one when absent) and says which nodes they added. */
function merge(name: string, current: ParleyGraph | undefined, xs: Extraction[]) {
  const graph = current ?? buildGraph([], { name });
  const before = new Set(graph.nodes());
  addToGraph(graph, xs);
  const added = graph.nodes().filter((key) => !before.has(key));
  // new nodes go near their neighbours, the others stay where the viewer drew them
  placeNearNeighbours(graph, added, seededRandom(7 + graph.order));
  return { graph, added: new Set(added) };
}

/** Aborts `gone` when the client goes away before the answer was sent. */
function abortOnClose(res: Response): AbortController {
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  return gone;
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

/** The ingest routes: one article, and a corpus in one upload. */
export function ingestRoutes(api: ApiRoutes, store: GraphStore, extractor: ArticleExtractor): void {
  articleIngestRoute(api, store, extractor);
  corpusIngestRoute(api, store, extractor);
}

/** `POST /api/graphs/{graph}/articles`: extract one article and merge it into the graph. */
function articleIngestRoute(api: ApiRoutes, store: GraphStore, extractor: ArticleExtractor): void {
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
      const gone = abortOnClose(res);
      const { extraction, sentences } = await extractIn(extractor, upload, id, gone.signal);
      const result = await store.write(params.graph, async (current) => {
        if (gone.signal.aborted)
          throw new HttpError(499, 'client-gone', 'the client went away before the article was stored');
        const existing = current && alreadyIn(current, extraction);
        if (existing) throw duplicate(params.graph, existing);
        const { graph, added } = merge(params.graph, current, [extraction]);
        await storeArticles(store.folder(params.graph), params.graph, [{ upload, id }]);
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

/** Most articles one corpus upload may hold. */
export const MAX_CORPUS_ARTICLES = 5000;

/** The articles of a corpus body (JSON lines, or a JSON array or object), checked as the CLI checks files. */
function readCorpus(req: Request): { upload: Upload; id: string; record: string }[] {
  if (!Buffer.isBuffer(req.body)) throw badParameters([{ in: 'body', name: 'body', reason: 'is empty' }]);
  const lines = !req.is('application/json');
  const articles = checked('body', () => articlesFromCorpus('body', req.body, lines));
  if (articles.length > MAX_CORPUS_ARTICLES) {
    throw badParameters([
      {
        in: 'body',
        name: 'body',
        reason: `holds ${articles.length} articles; send at most ${MAX_CORPUS_ARTICLES} per request`,
      },
    ]);
  }
  return articles.map(({ id, origin, ...upload }) => ({ upload, id, record: origin }));
}

type CorpusArticle = ReturnType<typeof readCorpus>[number];
type Extracted = CorpusArticle & { extraction: Extraction; sentences?: [number, number][] };
type Failed = { record: string; id: string; code: string; detail: string };

/** Extracts every article of a corpus in the pool; a deadline fails that article only. */
async function extractCorpus(extractor: ArticleExtractor, articles: CorpusArticle[], signal: AbortSignal) {
  const done: Extracted[] = [];
  const failed: Failed[] = [];
  await Promise.all(
    articles.map(async (a, i) => {
      try {
        done[i] = { ...a, ...(await extractIn(extractor, a.upload, a.id, signal)) };
      } catch (err) {
        if (!(err instanceof HttpError) || err.status !== 422) throw err;
        failed.push({ record: a.record, id: a.id, code: err.code, detail: err.message });
      }
    }),
  );
  return { extracted: done.filter(Boolean), failed };
}

/** Splits extractions into new ones and those the graph (or an earlier one of them) already has. */
function newArticles(current: ParleyGraph | undefined, extracted: Extracted[]) {
  const fresh: Extracted[] = [];
  const duplicates: { record: string; id: string; existing: string }[] = [];
  const seen = new Map<string, string>();
  for (const x of extracted) {
    const existing =
      (current && alreadyIn(current, x.extraction)) ??
      seen.get(x.extraction.article.sha256) ??
      seen.get(x.id);
    if (existing) duplicates.push({ record: x.record, id: x.id, existing });
    else {
      fresh.push(x);
      seen.set(x.extraction.article.sha256, x.id);
      seen.set(x.id, x.id);
    }
  }
  return { fresh, duplicates };
}

/**
 * `POST /api/graphs/{graph}/articles/batch`: a corpus (the `.jsonl` / `.json` files the CLI reads)
 * extracted in the pool and merged into the graph in one atomic write.
 */
function corpusIngestRoute(api: ApiRoutes, store: GraphStore, extractor: ArticleExtractor): void {
  api.add({
    method: 'post',
    path: '/api/graphs/{graph}/articles/batch',
    summary: 'Add a corpus of articles (JSON lines or a JSON array) in one atomic write',
    description:
      'Body: `application/x-ndjson` (one article object per line) or `application/json` (an array of article ' +
      'objects, or one), the shape news crawlers emit: `text` (or `maintext`), optional `title`, `date`, ' +
      '`publisher`, `url`, `id`; at most 64 MB and 5,000 articles. A malformed record refuses the whole upload ' +
      '(400 naming its line) and adds nothing. Articles the graph already has are listed as duplicates and ' +
      'skipped; an article past the extraction deadline is listed as failed; the rest are added together.',
    tags: ['ingest'],
    params: GraphParams,
    secured: true,
    body: {
      required: true,
      content: {
        'application/x-ndjson': { schema: z.string() },
        'application/json': { schema: z.array(ArticleUpload) },
      },
    },
    problems: [413, 415, 422, 503],
    response: { schema: BatchIngestResultSchema, status: 200, description: 'what the corpus added' },
    handler: async ({ params, req, res }) => {
      const articles = readCorpus(req);
      const gone = abortOnClose(res);
      const { extracted, failed } = await extractCorpus(extractor, articles, gone.signal);
      if (!extracted.length) {
        throw new HttpError(
          422,
          'extraction-deadline',
          `no article was extracted in time: ${failed[0]?.detail}`,
        );
      }
      const result = await store.write(params.graph, async (current) => {
        if (gone.signal.aborted)
          throw new HttpError(499, 'client-gone', 'the client went away before the articles were stored');
        const { fresh, duplicates } = newArticles(current, extracted);
        const { graph, added } = merge(
          params.graph,
          current,
          fresh.map((x) => x.extraction),
        );
        await storeArticles(store.folder(params.graph), params.graph, fresh);
        return { graph, result: { fresh, duplicates, added, created: current === undefined } };
      });
      const loaded = await store.require(params.graph);
      for (const x of result.fresh) if (x.sentences) loaded.sentences.prime(x.id, x.upload.text, x.sentences);
      const { index } = loaded;
      const newNodes = [...result.added];
      const count = (kind: string) => newNodes.filter((k) => index.attributes(k).kind === kind).length;
      return {
        graph: params.graph,
        created: result.created,
        added: result.fresh.map((x) => index.articleRef(x.id)),
        duplicates: result.duplicates,
        failed,
        nodes: { actors: count('actor'), statements: count('statement'), proposals: count('proposal') },
        counts: index.counts,
      };
    },
  });
}
