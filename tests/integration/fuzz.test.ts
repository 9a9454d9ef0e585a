// A seeded, bounded fuzz of the whole API: every route of the OpenAPI document with bad paths, parameters,
// bodies, methods, content types and encodings. No answer may be a 5xx other than 503/504 from a cluster
// that cannot answer, every error is in the API's one shape, and the server is still up afterwards.
// FLUXO_FUZZ_SEED and FLUXO_FUZZ_REQUESTS change the run; the figures are printed for the record.
import http from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTopicWithKafkajs, produce } from '../helpers/kafka-clients';
import { api, testEnv, uniqueName } from './env';
import { isErrorShape, serverHost } from './raw-http';

const SEED = Number(process.env.FLUXO_FUZZ_SEED ?? 20261201);
const REQUESTS = Number(process.env.FLUXO_FUZZ_REQUESTS ?? 3000);
const CONCURRENCY = 6;
/** Clusters of the test config that never answer (scripts/test.mjs): 503/504 from them is the right answer. */
const UNREACHABLE = new Set(['secured', 'silent']);

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

type Rng = ReturnType<typeof prng>;

interface Operation {
  method: string;
  template: string;
  query: string[];
  hasBody: boolean;
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** The cluster named in the path, if any, to tell an unreachable cluster's 503 from a defect. */
  cluster?: string;
}

interface FuzzAnswer {
  status: number;
  contentType: string;
  text: string;
}

const BAD_SEGMENTS = ['%', '%FF%FE', '%E0%A4%A', '%00', '%C0%AF', '..', '%2e%2e', '%2F', '.', '%25', 'a%', '%zz', '%F0%9F%98%80', 'x'.repeat(300), 'x'.repeat(5000), '%20', '-1', "'%20OR%201=1%20--", '<script>', '${7*7}', '__proto__', 'constructor'];
const NUMBERS = ['0', '1', '-1', '2147483648', '99999999999999999999', '1e309', 'NaN', '1.5', '0x10', '', ' ', 'abc', '9007199254740993'];
const JUNK_VALUES = [...NUMBERS, 'true', 'false', 'null', '[]', '{}', 'earliest', 'newest', 'oldest', '%', 'x'.repeat(20_000), '\u0000', '\uFFFF', '$length($pad("x", 10))', '/a*a*$/'];
/** Methods Node's HTTP parser accepts (others it answers itself, with an empty 400, before any route). */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'LOCK', 'SEARCH', 'PURGE'];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/merge-patch+json', ''];

function randomJson(rng: Rng, depth = 0): unknown {
  const kind = rng.int(depth > 3 ? 6 : 9);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 10_000, 10_001]);
    case 2:
      return rng.pick(['', 'x', 'earliest', 'latest', 'x'.repeat(10_000), '\u0000', '%FF', 'true']);
    case 3:
      return rng.chance(0.5);
    case 4:
      return rng.pick(['text', 'json', 'base64', 'all']);
    case 5:
      return `fuzz-${rng.int(1000)}`;
    case 6:
      return Array.from({ length: rng.int(4) }, () => randomJson(rng, depth + 1));
    default: {
      const keys = ['name', 'partitions', 'replicationFactor', 'configs', 'set', 'remove', 'count', 'all', 'value', 'key', 'headers', 'partition', 'valueEncoding', 'keyEncoding', 'topic', 'to', 'dryRun', 'offset', 'shiftBy', 'timestamp', '__proto__', 'constructor'];
      const obj: Record<string, unknown> = {};
      for (let i = rng.int(5); i > 0; i--) obj[rng.pick(keys)] = randomJson(rng, depth + 1);
      return obj;
    }
  }
}

function randomBody(rng: Rng): Buffer {
  switch (rng.int(8)) {
    case 0:
      return Buffer.alloc(0);
    case 1:
      return Buffer.from('{"unterminated": ');
    case 2:
      return Buffer.from([0xff, 0xfe, 0x7b, 0x7d]);
    case 3:
      return Buffer.from('['.repeat(5_000) + ']'.repeat(5_000));
    case 4:
      return Buffer.from('name=x&partitions=1');
    default:
      return Buffer.from(JSON.stringify(randomJson(rng)));
  }
}

function buildRequest(rng: Rng, ops: Operation[], fuzzTopic: string): FuzzRequest {
  const op = rng.pick(ops);
  const declared = op.method.toUpperCase();
  const method = rng.chance(0.8) ? declared : rng.pick(METHODS);
  const mutating = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  let cluster: string | undefined;
  const path = op.template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (rng.chance(0.12)) return rng.pick(BAD_SEGMENTS);
    switch (name) {
      case 'cluster':
        // Mutations never reach the writable clusters: a fuzzed request must not change the shared broker.
        cluster = mutating ? rng.pick(['readonly', 'readonly', 'readonly', 'nope']) : rng.pick(['local', 'local', 'local', 'three', 'readonly', 'nope']);
        // The unreachable clusters answer only after a connection timeout: a few of them go a long way.
        if (rng.chance(0.03)) cluster = rng.pick(['secured', 'silent']);
        return cluster;
      case 'topic':
        return rng.pick([fuzzTopic, fuzzTopic, 'no-such-topic', '__consumer_offsets', encodeURIComponent('a b/c'), 'x'.repeat(249), 'x'.repeat(250)]);
      case 'group':
        return rng.pick(['no-such-group', encodeURIComponent('g/1'), 'g']);
      case 'partition':
      case 'offset':
      case 'id':
        return encodeURIComponent(rng.pick(NUMBERS));
      default:
        return 'x';
    }
  });
  const search = new URLSearchParams();
  for (const name of op.query) if (rng.chance(0.4)) search.set(name, rng.pick(JUNK_VALUES));
  if (rng.chance(0.1)) search.set(rng.pick(['unknown', '__proto__', 'constructor']), rng.pick(JUNK_VALUES));
  let qs = search.toString();
  if (rng.chance(0.05)) qs += `${qs ? '&' : ''}${rng.pick(['%', 'a=%FF', '=', '&&&', 'filter=%E0%A4%A'])}`;
  const headers: Record<string, string> = { host: serverHost };
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD' && (op.hasBody || rng.chance(0.3))) body = randomBody(rng);
  const contentType = rng.chance(0.75) ? 'application/json' : rng.pick(CONTENT_TYPES);
  if (contentType) headers['content-type'] = contentType;
  if (rng.chance(0.05)) headers.origin = rng.pick(['http://evil.example', 'null', `http://${serverHost}`]);
  if (rng.chance(0.03)) headers.host = rng.pick(['evil.example', 'localhost:1', '[::1]', '127.0.0.1.nip.io']);
  return { method, path: `${path}${qs ? `?${qs}` : ''}`, headers, body, cluster };
}

/** Sends one request; a success's body (possibly an endless stream) is not read, an error's is. */
function send(req: FuzzRequest): Promise<FuzzAnswer> {
  const server = new URL(testEnv.url);
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: server.hostname, port: server.port, method: req.method, path: req.path, headers: req.headers, agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '');
      if (status < 400) {
        res.destroy();
        resolve({ status, contentType, text: '' });
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status, contentType, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    outgoing.setTimeout(90_000, () => outgoing.destroy(new Error(`${req.method} ${req.path}: no answer within 90 s`)));
    outgoing.on('error', reject);
    if (req.body) outgoing.setHeader('content-length', String(req.body.length));
    outgoing.end(req.body);
  });
}

describe('fuzzing the API', () => {
  const fuzzTopic = uniqueName('fuzz');
  let ops: Operation[] = [];

  beforeAll(async () => {
    await createTopicWithKafkajs(testEnv.single.bootstrap, fuzzTopic, 2);
    await produce(testEnv.single.bootstrap, fuzzTopic, 2, 5);
    const doc = await api<{ paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>> }>('/api/openapi.json');
    for (const [template, methods] of Object.entries(doc.body.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        ops.push({ method, template, query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name), hasBody: op.requestBody !== undefined });
      }
    }
    // Paths no endpoint declares, to reach the catch-all.
    ops.push({ method: 'get', template: '/api/{x}/{x}', query: [], hasBody: false }, { method: 'post', template: '/api/clusters/{cluster}/nothing', query: [], hasBody: true });
  }, 120_000);

  it(`answers ${REQUESTS} fuzzed requests without a 5xx defect, always in the error shape, and stays up`, async () => {
    const rng = prng(SEED);
    const requests = Array.from({ length: REQUESTS }, () => buildRequest(rng, ops, fuzzTopic));
    const byStatus = new Map<number, number>();
    const defects: string[] = [];
    let next = 0;
    let unreachable5xx = 0;
    const worker = async () => {
      while (next < requests.length) {
        const req = requests[next++]!;
        const res = await send(req);
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        const where = `${req.method} ${req.path.slice(0, 160)} → ${res.status} ${res.text.slice(0, 160)}`;
        const fromUnreachable = (res.status === 503 || res.status === 504) && (UNREACHABLE.has(req.cluster ?? '') || req.path.startsWith('/api/ready'));
        if (fromUnreachable) unreachable5xx++;
        else if (res.status >= 500) defects.push(`5xx: ${where}`);
        // A dot segment (/api/%2e%2e/x) resolves, as URLs do, to a page path outside /api: a page's 404 is right.
        const leftApi = /(^|\/)(\.|%2e){2}(\/|$)/i.test(req.path.split('?')[0]!) && res.contentType.startsWith('text/html');
        const exempt = req.method.toUpperCase() === 'HEAD' || res.status === 431 || leftApi;
        if (res.status >= 400 && !exempt) {
          let json: unknown;
          try {
            json = JSON.parse(res.text);
          } catch {
            json = undefined;
          }
          if (!isErrorShape(json) || !res.contentType.startsWith('application/json')) defects.push(`shape: ${where}`);
        }
      }
    };
    const t0 = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    const statuses = [...byStatus.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ');
    console.log(`[fuzz] seed ${SEED}: ${REQUESTS} requests over ${ops.length} operations in ${seconds} s; statuses ${statuses}; 503/504 from unreachable clusters: ${unreachable5xx}; defects: ${defects.length}`);
    for (const d of defects.slice(0, 30)) console.log(`[fuzz] ${d}`);
    expect(defects).toEqual([]);

    const health = await api('/api/health');
    expect(health.status).toBe(200);
    expect((await api('/api/clusters/local')).status).toBe(200);
  }, 600_000);
});
