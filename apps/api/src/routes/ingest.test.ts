import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleId, readInputFile } from '@parley/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { seededApp } from '../testing/fixture.js';
import { seedText } from '../testing/seed-graph.js';

const TOKEN = 'test-token-123';
const fixture = seededApp({ token: TOKEN, reloadCheckMs: 0 });
const post = (graph: string) =>
  request(fixture().app).post(`/api/graphs/${graph}/articles`).set('Authorization', `Bearer ${TOKEN}`);

// A short article in the style of the seed, written for this test.
const ARTICLE = `Kremlin spokesman Dmitry Peskov said on Monday that Moscow was "ready to talk" about a summit.
Ukrainian President Volodymyr Zelenskyy told reporters in Kyiv that any deal needed security guarantees.
President Donald Trump said he would meet both leaders soon, according to Reuters.
`;

describe('POST /articles', () => {
  it('creates a graph that does not exist yet, persists it and the article text, and says what it added', async () => {
    const res = await post('fresh-graph').type('text/plain').send(ARTICLE).expect(201);
    expect(res.body.graph).toBe('fresh-graph');
    expect(res.body.created).toBe(true);
    expect(res.body.article.id).toMatch(/^kremlin-spokesman-dmitry-peskov-[a-z0-9-]*[0-9a-f]{10}$/);
    expect(res.headers.location).toBe(
      `/api/graphs/fresh-graph/nodes/${encodeURIComponent(res.body.article.key)}`,
    );
    expect(res.body.statements.length).toBeGreaterThan(0);
    expect(res.body.actors.added.length).toBeGreaterThan(0);
    for (const s of res.body.statements) expect(s.article.id).toBe(res.body.article.id);
    const { dir } = fixture();
    const saved = JSON.parse(readFileSync(join(dir, 'fresh-graph', 'graph.json'), 'utf8'));
    expect(
      saved.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === 'article'),
    ).toHaveLength(1);
    expect(saved.nodes.every((n: { attributes: { x?: number } }) => Number.isFinite(n.attributes.x))).toBe(
      true,
    );
    expect(readFileSync(join(dir, 'fresh-graph', 'articles', `${res.body.article.id}.txt`), 'utf8')).toBe(
      ARTICLE,
    );
    const listed = await request(fixture().app).get('/api/graphs');
    expect(listed.body.items.map((g: { name: string }) => g.name)).toContain('fresh-graph');
  });

  it('merges a JSON article into an existing graph, keeping its metadata and reusing known actors', async () => {
    const before = (await request(fixture().app).get('/api/graphs/ukraine-peace-talks/actors?limit=500'))
      .body;
    const res = await post('ukraine-peace-talks')
      .send({ text: ARTICLE, title: 'Peskov on a summit', date: '2025-08-25', publisher: 'Reuters' })
      .expect(201);
    expect(res.body.created).toBe(false);
    expect(res.body.article).toMatchObject({
      label: 'Peskov on a summit',
      date: '2025-08-25',
      publisher: 'Reuters',
    });
    expect(res.body.article.id).toMatch(/^peskov-on-a-summit-[0-9a-f]{10}$/);
    expect(res.body.counts.article).toBe(2);
    const after = (await request(fixture().app).get('/api/graphs/ukraine-peace-talks/actors?limit=500')).body;
    expect(after.total).toBe(before.total + res.body.actors.added.length);
    const known = new Set(before.items.map((a: { key: string }) => a.key));
    for (const a of res.body.actors.updated) expect(known.has(a.key)).toBe(true);
    const statements = await request(fixture().app).get(
      `/api/graphs/ukraine-peace-talks/statements?article=${res.body.article.id}`,
    );
    expect(statements.body.total).toBe(res.body.statements.length);
  });

  it('refuses the same text twice with a 409 problem', async () => {
    await post('twice').type('text/plain').send(seedText()).expect(201);
    const res = await post('twice').type('text/plain').send(seedText()).expect(409);
    expect(res.body.code).toBe('duplicate-article');
  });

  it('needs the bearer token when the server has one (401 problem, body unread)', async () => {
    const app = fixture().app;
    const none = await request(app)
      .post('/api/graphs/locked/articles')
      .type('text/plain')
      .send(ARTICLE)
      .expect(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.body.code).toBe('unauthorized');
    await request(app)
      .post('/api/graphs/locked/articles')
      .set('Authorization', 'Bearer wrong')
      .type('text/plain')
      .send(ARTICLE)
      .expect(401);
    expect(existsSync(join(fixture().dir, 'locked'))).toBe(false);
  });

  it('answers 415 for another content type and 413 for a body over 5 MB', async () => {
    const xml = await post('x').type('application/xml').send('<a/>').expect(415);
    expect(xml.body).toMatchObject({ status: 415, code: 'unsupported-media-type' });
    const big = await post('x')
      .type('text/plain')
      .send('a'.repeat(5 * 1024 * 1024 + 1))
      .expect(413);
    expect(big.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(big.body.status).toBe(413);
  });

  it('names what is wrong with a body: missing text, unknown field, bad JSON, binary or empty text', async () => {
    const missing = await post('x').send({ title: 'no text' }).expect(400);
    expect(missing.body.errors[0]).toMatchObject({ in: 'body', name: 'text' });
    const extra = await post('x').send({ text: ARTICLE, author: 'me' }).expect(400);
    expect(extra.body.errors[0]).toMatchObject({ in: 'body', name: 'author' });
    const broken = await post('x').type('application/json').send('{"text": ').expect(400);
    expect(broken.body.code).toBe('bad-body');
    const binary = await post('x')
      .type('text/plain')
      .send(Buffer.from([65, 0, 66]))
      .expect(400);
    expect(binary.body.errors[0].reason).toMatch(/binary/);
    const blank = await post('x').type('text/plain').send('   \n').expect(400);
    expect(blank.body.errors[0].reason).toMatch(/empty/);
  });

  it('refuses a graph name that is not lowercase letters, digits and dashes', async () => {
    const res = await post('Bad_Name').type('text/plain').send(ARTICLE).expect(400);
    expect(res.body.errors[0]).toMatchObject({ in: 'path', name: 'graph' });
  });
});

describe('POST /articles with a news page', () => {
  const page = fileURLToPath(
    new URL('../../../../packages/core/src/io/inputs/fixtures/planet_page.html', import.meta.url),
  );

  it('stores the main text the CLI reads from the same page, with its title, date, outlet and URL', async () => {
    const res = await post('pages').type('text/html').send(readFileSync(page, 'utf8')).expect(201);
    const [asCli] = await readInputFile(page);
    expect(res.body.article.id).toBe(articleId({ title: asCli?.title, text: asCli?.text ?? '' }));
    const { dir } = fixture();
    expect(readFileSync(join(dir, 'pages', 'articles', `${res.body.article.id}.txt`), 'utf8')).toBe(
      asCli?.text,
    );
    const saved = JSON.parse(readFileSync(join(dir, 'pages', 'graph.json'), 'utf8'));
    const article = saved.nodes.find(
      (n: { attributes: { kind: string } }) => n.attributes.kind === 'article',
    );
    expect(article.attributes).toMatchObject({
      label: 'Harbour deal agreed after night of talks',
      date: '2024-03-05T22:10:00+01:00',
      publisher: 'Daily Planet',
      url: 'https://planet.example/world/harbour-deal',
    });
    expect(res.body.statements.some((s: { text: string }) => s.text.includes('Nobody got everything'))).toBe(
      true,
    );
  });

  it('refuses a page without article text with a 400 problem naming the body', async () => {
    const res = await post('pages-empty')
      .type('text/html')
      .send('<html><body><nav>Home</nav></body></html>')
      .expect(400);
    expect(res.type).toBe('application/problem+json');
    expect(JSON.stringify(res.body)).toMatch(/no readable article text/);
    expect(existsSync(join(fixture().dir, 'pages-empty'))).toBe(false);
  });

  it('refuses a date that is not a date and a URL that is not http(s)', async () => {
    for (const body of [
      { text: ARTICLE, date: '<img src=x>' },
      { text: ARTICLE, url: 'javascript:alert(1)' },
    ]) {
      const res = await post('bad-meta').send(body).expect(400);
      expect(res.type).toBe('application/problem+json');
    }
  });
});
