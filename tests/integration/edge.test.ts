// The route edge, against the real server and broker: requests from other sites and foreign Host names
// are refused on every mutating route of the OpenAPI document and change nothing (Kafka's CLI is the
// oracle); the console's own requests work; every answer carries the security headers; refusals and
// malformed requests answer in the API's error shape; concurrent readers are capped with 429.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeWithKafkajs, createTopicWithKafkajs, produce } from '../helpers/kafka-clients';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { describeGroupCli } from './groups-helpers';
import { countsPerPartition } from './kafka-offsets';
import { isErrorShape, rawRequest, serverHost } from './raw-http';

const local = testEnv.single.bootstrap;
const SLOW_MS = 240_000;

interface Operation {
  method: string;
  /** Filled path with query, e.g. /api/clusters/local/topics/t?confirm=t */
  url: string;
  /** A valid body for the operation, so only the edge can refuse it. */
  body: unknown;
}

const topic = uniqueName('edge-target');
const group = uniqueName('edge-group');
const createdByAttack = uniqueName('edge-evil');

/** A body each known mutation would accept; routes added later get {} (the edge refuses before zod). */
function validBody(method: string, template: string): unknown {
  const key = `${method} ${template.replace(/^\/api\/clusters\/\{cluster\}/, '')}`;
  const bodies: Record<string, unknown> = {
    'post /topics': { name: createdByAttack, partitions: 1, replicationFactor: 1 },
    'post /topics/{topic}/messages': { value: 'written-by-evil' },
    'patch /topics/{topic}/configs': { set: { 'retention.ms': '4242' } },
    'post /topics/{topic}/partitions': { count: 3 },
    'post /topics/{topic}/purge': { all: true },
    'post /consumer-groups/{group}/offsets': { topic, to: 'earliest', dryRun: false },
  };
  return bodies[key] ?? {};
}

async function mutatingOperations(): Promise<Operation[]> {
  const doc = await api<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
  expect(doc.status).toBe(200);
  const values: Record<string, string> = { cluster: 'local', topic, group, partition: '0', offset: '0', id: '1' };
  const ops: Operation[] = [];
  for (const [template, methods] of Object.entries(doc.body.paths)) {
    for (const method of Object.keys(methods)) {
      if (method === 'get') continue;
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      let url = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'x'));
      // Deletions repeat the name they delete; the refusal must not be a missing confirmation.
      if (method === 'delete') url += `?confirm=${encodeURIComponent(values[names[names.length - 1]!] ?? 'x')}`;
      ops.push({ method: method.toUpperCase(), url, body: validBody(method, template) });
    }
  }
  return ops;
}

/** What Kafka's own tools say about everything an attack could have changed. */
function clusterStateByCli() {
  // "__" topics are left out: the server's lag sampler may create its history topic at any time.
  const topics = kafkaTool('kafka-topics', ['--bootstrap-server', local, '--list']).split('\n').filter((t) => t && !t.startsWith('__')).sort();
  const configs = kafkaTool('kafka-configs', ['--bootstrap-server', local, '--entity-type', 'topics', '--entity-name', topic, '--describe']);
  return {
    topics,
    overrides: [...configs.matchAll(/^\s+([\w.]+)=(\S*) sensitive=/gm)].map((m) => `${m[1]}=${m[2]}`).sort(),
    records: [...countsPerPartition(local, topic).entries()],
    groupOffsets: describeGroupCli(local, group).map((r) => [r.topic, r.partition, r.currentOffset]),
  };
}

const SECURITY_HEADERS = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

function expectSecurityHeaders(headers: Headers | Record<string, string | string[] | undefined>, where: string) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined));
  for (const name of SECURITY_HEADERS) expect(get(name), `${name} on ${where}`).toBeTruthy();
  expect(get('x-frame-options')).toBe('DENY');
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(get('access-control-allow-origin'), `no CORS on ${where}`).toBeFalsy();
}

describe('requests from other sites and foreign hosts', () => {
  let operations: Operation[] = [];
  let before: ReturnType<typeof clusterStateByCli>;

  beforeAll(async () => {
    await createTopicWithKafkajs(local, topic, 2);
    await produce(local, topic, 2, 3);
    await consumeWithKafkajs(local, group, topic, 6);
    operations = await mutatingOperations();
    before = clusterStateByCli();
  }, SLOW_MS);

  it('finds the mutating routes in the OpenAPI document', () => {
    const names = operations.map((o) => `${o.method} ${o.url.split('?')[0]}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/clusters/local/topics',
        `DELETE /api/clusters/local/topics/${topic}`,
        `PATCH /api/clusters/local/topics/${topic}/configs`,
        `POST /api/clusters/local/topics/${topic}/messages`,
        `POST /api/clusters/local/consumer-groups/${group}/offsets`,
        `DELETE /api/clusters/local/consumer-groups/${group}`,
      ]),
    );
  });

  it('refuses every mutation from another site, without JSON, or to a foreign Host, in the error shape, and Kafka shows no change', async () => {
    const json = 'application/json';
    const attacks: { name: string; status: number; code: string; headers: Record<string, string>; body: (o: Operation) => string }[] = [
      { name: 'Origin of another site', status: 403, code: 'forbidden', headers: { 'content-type': json, origin: 'http://evil.example' }, body: (o) => JSON.stringify(o.body) },
      { name: 'Sec-Fetch-Site: cross-site', status: 403, code: 'forbidden', headers: { 'content-type': json, 'sec-fetch-site': 'cross-site' }, body: (o) => JSON.stringify(o.body) },
      { name: 'text/plain from another site', status: 403, code: 'forbidden', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body: (o) => JSON.stringify(o.body) },
      { name: 'text/plain without Origin', status: 415, code: 'unsupported_media_type', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: (o) => JSON.stringify(o.body) },
      { name: 'a form post', status: 415, code: 'unsupported_media_type', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: () => 'name=evil&partitions=1' },
      { name: 'multipart form', status: 415, code: 'unsupported_media_type', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: () => '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n' },
      { name: 'a foreign Host (DNS rebinding)', status: 421, code: 'misdirected', headers: { 'content-type': json, host: `evil.example:${new URL(testEnv.url).port}` }, body: (o) => JSON.stringify(o.body) },
    ];
    const outcomes: string[] = [];
    for (const op of operations) {
      for (const attack of attacks) {
        const res = await rawRequest(op.method, op.url, { headers: { host: serverHost, ...attack.headers }, body: attack.body(op) });
        outcomes.push(`${res.status} ${op.method} ${op.url} (${attack.name})`);
        expect(res.status, `${op.method} ${op.url} with ${attack.name}: ${res.text.slice(0, 200)}`).toBe(attack.status);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(isErrorShape(res.json), res.text).toBe(true);
        expect((res.json as { error: { code: string } }).error.code).toBe(attack.code);
        expectSecurityHeaders(res.headers, `${op.method} ${op.url}`);
      }
    }
    console.log(`[edge] ${outcomes.length} hostile mutations over ${operations.length} routes, all refused`);
    expect(clusterStateByCli()).toEqual(before);
    expect(before.topics).not.toContain(createdByAttack);
  }, SLOW_MS);

  it('serves the console itself: same-origin and script mutations work, reads from a foreign Host do not', async () => {
    const origin = `http://${serverHost}`;
    const sameOrigin = await rawRequest('POST', `/api/clusters/local/topics/${topic}/messages`, {
      headers: { host: serverHost, origin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ value: 'from-the-console' }),
    });
    expect(sameOrigin.status, sameOrigin.text).toBe(201);
    const script = await api(`/api/clusters/local/topics/${topic}/messages`, { method: 'POST', json: { value: 'from-a-script' } });
    expect(script.status).toBe(201);
    expect([...countsPerPartition(local, topic).values()].reduce((a, b) => a + b, 0)).toBe(8);

    const loopbackName = await rawRequest('GET', '/api/clusters', { headers: { host: `localhost:${new URL(testEnv.url).port}` } });
    expect(loopbackName.status).toBe(200);
    const configured = await rawRequest('GET', '/api/clusters', { headers: { host: 'console.fluxo.test' } });
    expect(configured.status, 'FLUXO_ALLOWED_HOSTS is served').toBe(200);

    for (const path of ['/api/clusters', `/api/clusters/local/topics/${topic}`, '/api/openapi.json', '/clusters/local/topics', '/']) {
      const res = await rawRequest('GET', path, { headers: { host: 'evil.example' } });
      expect(res.status, path).toBe(421);
      expect(isErrorShape(res.json), `${path}: ${res.text.slice(0, 100)}`).toBe(true);
      expect(res.text).not.toContain(topic);
    }
  }, SLOW_MS);
});

describe('security headers', () => {
  it('are on every page, with a fresh CSP nonce that Next.js puts on its scripts', async () => {
    const nonces = new Set<string>();
    for (const path of ['/clusters/local', '/clusters/local/topics', '/clusters/local/consumer-groups', '/api-docs']) {
      const res = await fetch(`${testEnv.url}${path}`);
      expect(res.status, path).toBe(200);
      expectSecurityHeaders(res.headers, path);
      const csp = res.headers.get('content-security-policy')!;
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, `${path}: ${csp}`).toBeTruthy();
      nonces.add(nonce!);
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(4);
  });

  it('are on API answers: data, errors, streams and static files', async () => {
    const answers = await Promise.all(['/api/clusters', '/api/clusters/nope', '/api/openapi.json', '/api/metrics', '/api/nothing/here', '/api/health'].map((p) => fetch(`${testEnv.url}${p}`)));
    for (const res of answers) {
      expectSecurityHeaders(res.headers, res.url);
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      await res.body?.cancel();
    }
    const page = await (await fetch(`${testEnv.url}/clusters/local`)).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1];
    expect(chunk).toBeTruthy();
    const js = await fetch(`${testEnv.url}${chunk}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(js.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('one error shape for malformed requests', () => {
  it('answers bad percent-encoding in a path with 400', async () => {
    for (const path of ['/api/clusters/%', '/api/clusters/local/topics/%FF%FE', '/api/clusters/%E0%A4%A', '/clusters/%']) {
      const res = await rawRequest('GET', path, { headers: { host: serverHost } });
      expect(res.status, `${path}: ${res.text.slice(0, 100)}`).toBe(400);
      expect(isErrorShape(res.json)).toBe(true);
    }
  });

  it('answers an unknown or undeclared method with 405 and Allow', async () => {
    for (const [method, path, allow] of [
      // TRACE cannot become a fetch Request, so Node's server refuses it on every path, naming every method.
      ['TRACE', '/api/clusters', 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT'],
      ['PROPFIND', '/api/clusters/local/topics', 'GET, HEAD, POST'],
      ['PUT', '/api/clusters', 'GET, HEAD'],
      ['DELETE', '/api/clusters/local/topics/x/purge', 'POST'],
    ] as const) {
      const res = await rawRequest(method, path, { headers: { host: serverHost, 'content-type': 'application/json' } });
      expect(res.status, `${method} ${path}: ${res.text.slice(0, 100)}`).toBe(405);
      expect(isErrorShape(res.json)).toBe(true);
      expect(res.headers.allow?.split(', ').sort()).toEqual(allow.split(', ').sort());
    }
  });

  it('answers an oversized body with 413 before reading it all', async () => {
    const big = JSON.stringify({ value: 'x'.repeat(3 * 1024 * 1024) });
    const res = await rawRequest('POST', `/api/clusters/local/topics/${topic}/messages`, { headers: { host: serverHost, 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(isErrorShape(res.json)).toBe(true);
  });

  it('answers health while serving, and readiness per cluster (503 while a configured cluster is down)', async () => {
    const health = await api('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'serving', clusters: expect.arrayContaining([{ name: 'local' }, { name: 'secured' }]) });
    const ready = await api('/api/ready');
    // The test config holds clusters that never answer ("secured", "silent").
    expect(ready.status).toBe(503);
    expect(isErrorShape(ready.body)).toBe(true);
    expect(ready.body.ready).toBe(false);
    expect(ready.body.clusters).toEqual(
      expect.arrayContaining([
        { name: 'local', reachable: true },
        expect.objectContaining({ name: 'secured', reachable: false, error: expect.any(String) }),
      ]),
    );
    const doc = await api('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/ready']));
  }, SLOW_MS);
});

describe('concurrent readers', () => {
  const tails: AbortController[] = [];
  afterAll(() => tails.forEach((t) => t.abort()));

  it('lets one client run 64 tails, refuses the 65th with 429 and Retry-After, and frees the slot when a tail closes', async () => {
    const capped = uniqueName('edge-tails');
    await createTopicWithKafkajs(local, capped, 1);
    const url = `${testEnv.url}/api/clusters/local/topics/${capped}/messages/tail`;
    /** Opens a tail and reads until its ready event: from then on it holds its slot until closed. */
    const open = async () => {
      const stop = new AbortController();
      const res = await fetch(url, { signal: stop.signal });
      const reader = res.body!.getReader();
      let text = '';
      while (!text.includes('event: ready') && !text.includes('event: error')) {
        const next = await reader.read();
        if (next.done) break;
        text += new TextDecoder().decode(next.value);
      }
      reader.releaseLock();
      return { res, stop, text };
    };
    const first = await Promise.all(Array.from({ length: 64 }, open));
    for (const { res, stop, text } of first) {
      tails.push(stop);
      expect(res.status).toBe(200);
      expect(text).toContain('event: ready');
    }
    const metrics = await (await fetch(`${testEnv.url}/api/metrics`)).text();
    expect(metrics).toContain('fluxo_reader_cap_per_client 64');
    expect(metrics).toContain('fluxo_reader_slots_in_use{cluster="local"} 64');

    const refused = await fetch(url);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(isErrorShape(await refused.json())).toBe(true);
    const search = await fetch(`${testEnv.url}/api/clusters/local/topics/${capped}/messages/search?filter=true`);
    expect(search.status, 'searches share the cap').toBe(429);
    await search.body?.cancel();

    first[0]!.stop.abort();
    const again = await eventually(async () => {
      const res = await fetch(url);
      if (res.status === 200) return res;
      await res.body?.cancel();
      return undefined;
    });
    await again.body?.cancel();
  }, SLOW_MS);
});
