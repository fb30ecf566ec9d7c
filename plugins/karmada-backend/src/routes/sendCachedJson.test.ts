import express from 'express';
import request from 'supertest';
import { toCachedJson } from '../services/PlacementService/toCachedJson';
import { sendCachedJson } from './sendCachedJson';

describe('sendCachedJson', () => {
  const big = toCachedJson({
    items: Array.from({ length: 2000 }, (_, i) => ({ name: `cluster-${i}` })),
  });
  const app = express().get('/x', (req, res) => sendCachedJson(req, res, big));

  it('sends the bytes with an ETag, gzip when accepted, and 304 when the client has them', async () => {
    const plain = await request(app)
      .get('/x')
      .set('accept-encoding', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers.etag).toBe(big.etag);
    expect(plain.body.items).toHaveLength(2000);
    // supertest inflates gzip bodies itself.
    const zipped = await request(app).get('/x').set('accept-encoding', 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.items).toHaveLength(2000);
    expect(big.gzip!.length).toBeLessThan(big.body.length / 4);
    const again = await request(app).get('/x').set('if-none-match', big.etag);
    expect(again.status).toBe(304);
  });
});
