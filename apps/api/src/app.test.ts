import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';

const graphsDir = fileURLToPath(new URL('../../../graphs', import.meta.url));

describe('api', () => {
  it('answers GET /api/health', async () => {
    const res = await request(createApp({ graphsDir })).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
});
