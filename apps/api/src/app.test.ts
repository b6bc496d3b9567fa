import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ParleyApp } from './app.js';
import { seedGraphsDir } from './testing/seed-graph.js';

const G = '/api/graphs/ukraine-peace-talks';
let app: ParleyApp;
let remove: () => void;

beforeAll(async () => {
  const seeded = await seedGraphsDir();
  remove = seeded.remove;
  app = createApp({ graphsDir: seeded.dir, logger: false });
});
afterAll(() => remove?.());

describe('graphs', () => {
  it('answers GET /api/health', async () => {
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('lists every graph with its counts per node kind and build time', async () => {
    const res = await request(app).get('/api/graphs').expect(200);
    const names = res.body.items.map((g: { name: string }) => g.name);
    expect(names).toEqual(['synthetic', 'ukraine-peace-talks']);
    const seed = res.body.items[1];
    expect(seed.counts.article).toBe(1);
    expect(seed.counts.actor).toBeGreaterThan(3);
    expect(seed.counts.statement).toBeGreaterThan(3);
    expect(seed.counts.edges).toBeGreaterThan(seed.counts.statement);
    expect(Date.parse(seed.builtAt)).not.toBeNaN();
  });

  it('serves a whole graph as graph-contract JSON', async () => {
    const res = await request(app)
      .get(G)
      .expect(200)
      .expect('content-type', /application\/json/);
    expect(res.body.options).toMatchObject({ type: 'directed', multi: true });
    expect(res.body.nodes.some((n: { key: string }) => n.key.startsWith('article:'))).toBe(true);
    expect(res.body.edges.length).toBeGreaterThan(0);
    const again = await request(app)
      .get(G)
      .set('If-None-Match', res.headers.etag as string);
    expect(again.status).toBe(304);
  });

  it('answers an unknown graph with a 404 problem, and a bad graph name with a 400 naming it', async () => {
    const missing = await request(app).get('/api/graphs/no-such-graph').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({
      status: 404,
      code: 'unknown-graph',
      instance: '/api/graphs/no-such-graph',
    });
    const bad = await request(app).get('/api/graphs/Not_A_Name/actors').expect(400);
    expect(bad.body.errors[0]).toMatchObject({ in: 'path', name: 'graph' });
  });
});

describe('exports', () => {
  const download = (query: string) =>
    request(app)
      .get(`${G}/export?${query}`)
      .buffer(true)
      .parse((res, done) => collectText(res as unknown as NodeJS.ReadableStream, done));

  it.each([
    [
      'format=graphml',
      /application\/graphml\+xml/,
      'ukraine-peace-talks.graphml',
      /^<\?xml[\s\S]*<graphml[\s\S]*<\/graphml>\s*$/,
    ],
    ['format=gexf', /application\/gexf\+xml/, 'ukraine-peace-talks.gexf', /<gexf[\s\S]*<\/gexf>\s*$/],
    ['format=json', /application\/json/, 'ukraine-peace-talks.json', /^\{[\s\S]*"nodes"[\s\S]*\}\s*$/],
    ['format=csv', /text\/csv/, 'ukraine-peace-talks-nodes.csv', /^id,label,kind,[^\n]*\n/i],
    ['format=csv&table=edges', /text\/csv/, 'ukraine-peace-talks-edges.csv', /^id,source,target,[^\n]*\n/i],
  ])('%s is an attachment of the right type', async (query, type, file, shape) => {
    const res = await download(query).expect(200);
    expect(res.headers['content-type']).toMatch(type);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="?${file}"?$`));
    expect(res.body).toMatch(shape);
  });

  it('holds every node of the graph in the GraphML', async () => {
    const graph = (await request(app).get(G)).body as { nodes: { key: string }[] };
    const res = await download('format=graphml').expect(200);
    expect((res.body as string).match(/<node /g)?.length).toBe(graph.nodes.length);
  });

  it('refuses an unknown format, naming the parameter', async () => {
    const res = await request(app).get(`${G}/export?format=pdf`).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'query', name: 'format' })]);
  });
});

/** Collects a response body as text whatever its content type. */
function collectText(res: NodeJS.ReadableStream, done: (e: Error | null, b: string) => void) {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
  });
  res.on('end', () => done(null, text));
}
