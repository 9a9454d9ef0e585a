import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readerSlots } from '../edge/reader-slots';
import { defineEndpoint } from './endpoint';
import { route } from './route';

const createThing = defineEndpoint({
  method: 'post',
  path: '/api/clusters/{cluster}/things',
  tag: 'Test',
  summary: 'test',
  params: z.object({ cluster: z.string() }),
  body: z.object({ name: z.string().min(1) }),
  response: z.object({ cluster: z.string(), name: z.string() }),
  status: 201,
});

const readThing = defineEndpoint({
  method: 'get',
  path: '/api/clusters/{cluster}/things/stream',
  tag: 'Test',
  summary: 'test',
  params: z.object({ cluster: z.string() }),
  response: z.string(),
  reader: true,
});

const post = route(createThing, async ({ params, body }) => ({ cluster: params.cluster, name: body.name }));
const context = (cluster = 'local') => ({ params: Promise.resolve({ cluster }) });

function request(init: { headers?: Record<string, string>; body?: string; method?: string } = {}) {
  return new Request('http://localhost:3000/api/clusters/local/things', {
    method: init.method ?? 'POST',
    headers: { host: 'localhost:3000', 'content-type': 'application/json', ...init.headers },
    body: init.body ?? JSON.stringify({ name: 'a' }),
  });
}

async function answer(res: Response) {
  return { status: res.status, body: await res.json() };
}

describe('route wrapper', () => {
  it('parses, calls the handler and answers JSON with the endpoint status and the API headers', async () => {
    const res = await post(request(), context());
    expect(await answer(res)).toEqual({ status: 201, body: { cluster: 'local', name: 'a' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('refuses a foreign Host with 421, another origin with 403, a form body with 415, before the handler', async () => {
    expect((await answer(await post(request({ headers: { host: 'evil.example' } }), context()))).status).toBe(421);
    expect((await answer(await post(request({ headers: { origin: 'http://evil.example' } }), context()))).status).toBe(403);
    const form = await answer(await post(request({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=a' }), context()));
    expect(form).toEqual({ status: 415, body: { error: { code: 'unsupported_media_type', message: expect.stringContaining('application/json') } } });
  });

  it('answers 400 for bad JSON or a body zod refuses, and 413 for a body over the limit', async () => {
    expect(await answer(await post(request({ body: '{"name":' }), context()))).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(await answer(await post(request({ body: '{"name":""}' }), context()))).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^name: /) } } });
    const big = JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) });
    expect(await answer(await post(request({ body: big }), context()))).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  it('logs an unexpected error with the request id the answer carries, and shows no stack', async () => {
    const failing = route(createThing, async () => {
      throw new Error('secret internals at line 42');
    });
    const res = await failing(request(), context());
    const { status, body } = await answer(res);
    expect(status).toBe(500);
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(JSON.stringify(body)).not.toContain('secret internals');
  });

  it('holds a reader slot until the streamed answer ends', async () => {
    const cluster = `slot-test-${Date.now()}`;
    const stream = route(readThing, async () => new Response('chunk', { headers: { 'content-type': 'text/plain' } }));
    const get = () => new Request('http://127.0.0.1/api/x', { headers: { host: '127.0.0.1' } });
    const res = await stream(get(), context(cluster));
    expect(res.status).toBe(200);
    expect(readerSlots.snapshot().activeByCluster[cluster]).toBe(1);
    expect(await res.text()).toBe('chunk');
    expect(readerSlots.snapshot().activeByCluster[cluster]).toBeUndefined();
  });

  it('answers HEAD on a reader without starting it', async () => {
    let started = false;
    const stream = route(readThing, async () => {
      started = true;
      return new Response('chunk');
    });
    const res = await stream(new Request('http://127.0.0.1/api/x', { method: 'HEAD', headers: { host: '127.0.0.1' } }), context('head-test'));
    expect(res.status).toBe(200);
    expect(started).toBe(false);
    expect(readerSlots.snapshot().activeByCluster['head-test']).toBeUndefined();
  });
});
