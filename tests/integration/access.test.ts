// Access control against the second test server (scripts/lib/access-test-env.mjs): sign-in on, roles bound
// to users, masking rules on topics named masked-*. Kafka's CLI and kcat check that refused requests changed
// nothing and that the audit topic holds what happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kcatConsume, kcatProduce } from './messages-kcat';
import { eventually, kafkaTool, testEnv, uniqueName } from './env';

const AUTH_URL = process.env.FLUXO_TEST_AUTH_URL ?? '';
const USERS = JSON.parse(process.env.FLUXO_TEST_AUTH_USERS ?? '{}') as Record<string, string>;
const bootstrap = testEnv.single.bootstrap;

interface Answer {
  status: number;
  text: string;
  body: any;
  headers: Headers;
}

async function call(path: string, init: { method?: string; cookie?: string; token?: string; json?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.json !== undefined || (init.method && init.method !== 'GET')) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(`${AUTH_URL}${path}`, {
    method: init.method ?? 'GET', headers, redirect: 'manual',
    body: init.json !== undefined ? JSON.stringify(init.json) : init.method && init.method !== 'GET' ? '{}' : undefined,
  });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // SSE, a download or a redirect
  }
  return { status: res.status, text, body, headers: res.headers };
}

async function signIn(username: string): Promise<string> {
  const res = await call('/api/auth/login', { method: 'POST', json: { username, password: USERS[username] } });
  expect(res.status, res.text).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);
  return setCookie.split(';')[0]!;
}

interface Route {
  method: string;
  path: string;
  public: boolean;
}

/** Every route of the OpenAPI document, with its placeholders filled with values that parse. */
async function routes(): Promise<Route[]> {
  const doc = (await call('/api/openapi.json')).body;
  const fill: Record<string, string> = {
    cluster: 'local', topic: 'access-probe', group: 'access-probe-group', partition: '0', offset: '0', id: '1',
    transactionalId: 'probe', connect: 'probe', connector: 'probe', task: '0', plugin: 'probe',
  };
  const out: Route[] = [];
  for (const [template, ops] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const path = template.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(fill[k] ?? 'x'));
      out.push({ method: method.toUpperCase(), path, public: Array.isArray(op.security) && op.security.length === 0 });
    }
  }
  return out;
}

describe.runIf(AUTH_URL)('access control', () => {
  let viewer = '';
  let operator = '';
  let admin = '';

  beforeAll(async () => {
    [viewer, operator, admin] = await Promise.all([signIn('viewer'), signIn('operator'), signIn('admin')]);
  });

  it('answers 401 to anonymous requests on every route but the public ones', async () => {
    const all = await routes();
    expect(all.length).toBeGreaterThan(20);
    const publicOnes = all.filter((r) => r.public).map((r) => r.path);
    expect(publicOnes).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/session']));
    for (const r of all.filter((x) => !x.public)) {
      const res = await call(r.path, { method: r.method });
      expect.soft(res.status, `${r.method} ${r.path}`).toBe(401);
      expect.soft(res.body?.error?.code, `${r.method} ${r.path}`).toBe('unauthorized');
    }
  });

  it('refuses every mutating route to a viewer with 403 and changes nothing in Kafka', async () => {
    // Fluxo's own topics may appear on first use (the access state); every other topic must stay as it was.
    const topics = () => kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--list']).split('\n').filter((t) => t && !t.startsWith('__fluxo_'));
    const before = topics();
    // Signing out is every signed-in user's right; everything else that changes something is refused.
    const mutating = (await routes()).filter((r) => !r.public && r.method !== 'GET' && r.path !== '/api/auth/logout');
    expect(mutating.length).toBeGreaterThan(5);
    for (const r of mutating) {
      const res = await call(r.path, { method: r.method, cookie: viewer, json: { name: 'access-probe', partitions: 1, replicationFactor: 1 } });
      expect.soft(res.status, `${r.method} ${r.path}`).toBe(403);
    }
    expect(topics()).toEqual(before);
  });

  it('lets an operator create a topic but not delete it', async () => {
    const topic = uniqueName('access-op');
    const created = await call('/api/clusters/local/topics', { method: 'POST', cookie: operator, json: { name: topic, partitions: 1, replicationFactor: 1 } });
    expect(created.status, created.text).toBe(201);
    const refused = await call(`/api/clusters/local/topics/${topic}?confirm=${topic}`, { method: 'DELETE', cookie: operator });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/topics:delete/);
    expect(kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--list'])).toContain(topic);
    const deleted = await call(`/api/clusters/local/topics/${topic}?confirm=${topic}`, { method: 'DELETE', cookie: admin });
    expect(deleted.status, deleted.text).toBe(200);
  });

  it('treats forged, tampered and signed-out sessions as nobody', async () => {
    const [name, value] = admin.split('=');
    const [payload, signature] = value!.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, username: 'root', expiresAtMs: Date.now() + 3_600_000 })).toString('base64url');
    for (const cookie of [`${name}=${forged}.${signature}`, `${name}=${payload}.AAAA`, `${name}=garbage`]) {
      expect((await call('/api/clusters', { cookie })).status).toBe(401);
    }
    const session = await signIn('admin');
    expect((await call('/api/clusters', { cookie: session })).status).toBe(200);
    expect((await call('/api/auth/logout', { method: 'POST', cookie: session })).status).toBe(200);
    expect((await call('/api/clusters', { cookie: session })).status).toBe(401);
  });

  it('rate-limits failed sign-ins', async () => {
    let last = 0;
    for (let i = 0; i < 7; i++) last = (await call('/api/auth/login', { method: 'POST', json: { username: 'auditor', password: 'wrong' } })).status;
    expect(last).toBe(429);
  });

  it('makes API tokens that work for scripts until revoked, and never shows their secret again', async () => {
    const made = await call('/api/auth/tokens', { method: 'POST', cookie: admin, json: { name: 'ci', role: 'viewer', clusters: ['local'] } });
    expect(made.status, made.text).toBe(201);
    const token = made.body.token as string;
    expect((await call('/api/clusters/local/topics', { token })).status).toBe(200);
    expect((await call('/api/clusters/local/topics', { method: 'POST', token, json: { name: 'x', partitions: 1, replicationFactor: 1 } })).status).toBe(403);
    expect((await call('/api/clusters/readonly/topics', { token })).status).toBe(403);
    const listed = await call('/api/auth/tokens', { cookie: admin });
    // fxt_<12-character id>_<secret>: the secret may itself hold "_".
    expect(listed.text).not.toContain(token.slice('fxt_'.length + 13));
    const mine = listed.body.items.find((t: { id: string }) => t.id === made.body.id);
    expect(mine.lastUsedAt).toBeGreaterThan(0);
    expect((await call('/api/auth/tokens', { cookie: operator })).status).toBe(403);
    expect((await call(`/api/auth/tokens/${made.body.id}`, { method: 'DELETE', cookie: admin })).status).toBe(200);
    expect((await call('/api/clusters/local/topics', { token })).status).toBe(401);
    expect((await call('/api/clusters/local/topics', { token: `${token}x` })).status).toBe(401);
  });

  describe('masking', () => {
    const topic = uniqueName('masked-payments');
    const card = '4111111111111111';
    const email = 'ana.secret@example.com';
    const user = 'user-secret-7781';

    beforeAll(async () => {
      kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', topic, '--partitions', '1', '--replication-factor', '1']);
      for (let i = 0; i < 3; i++) {
        kcatProduce(bootstrap, topic, {
          partition: 0, key: `p${i}`, headers: [['x-user', user], ['kind', 'card']],
          value: Buffer.from(JSON.stringify({ id: `p${i}`, amount: 10 + i, card: { number: card, brand: 'visa' }, customer: { email } })),
        });
      }
    });
    afterAll(() => {
      kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--delete', '--topic', topic]);
    });

    function expectMasked(text: string) {
      expect(text).not.toContain(card);
      expect(text).not.toContain(email);
      expect(text).not.toContain(user);
    }

    it('never lets a masked field out through browse, permalink, search, tail or export', async () => {
      const base = `/api/clusters/local/topics/${topic}/messages`;
      const browse = await call(`${base}?from=oldest&limit=10`, { cookie: admin });
      expect(browse.status, browse.text).toBe(200);
      expect(browse.body.messages).toHaveLength(3);
      expectMasked(browse.text);
      expect(browse.text).toContain('visa');
      expect(browse.text).toMatch(/sha256:/);
      expectMasked((await call(`${base}/0/1`, { cookie: admin })).text);
      const search = await call(`${base}/search?from=oldest&filter=${encodeURIComponent('value.amount >= 10')}`, { cookie: admin });
      expect(search.text).toContain('event: done');
      expectMasked(search.text);
      const exported = await call(`${base}/export?from=oldest&format=ndjson`, { cookie: admin });
      expect(exported.status).toBe(200);
      expectMasked(exported.text);

      // A tail streams what is written after it starts: one more record, once it said where it starts.
      const abort = new AbortController();
      const tail = await fetch(`${AUTH_URL}${base}/tail`, { headers: { cookie: admin }, signal: abort.signal });
      expect(tail.status).toBe(200);
      const reader = tail.body!.getReader();
      const decoder = new TextDecoder();
      let streamed = '';
      const deadline = Date.now() + 45_000;
      let produced = false;
      while (!streamed.includes('"p9"') && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        streamed += decoder.decode(value, { stream: true });
        if (!produced && streamed.includes('event: ready')) {
          produced = true;
          kcatProduce(bootstrap, topic, {
            partition: 0, key: 'p9', headers: [['x-user', user]],
            value: Buffer.from(JSON.stringify({ id: 'p9', amount: 19, card: { number: card, brand: 'visa' }, customer: { email } })),
          });
        }
      }
      abort.abort();
      expect(streamed).toContain('"p9"');
      expectMasked(streamed);
    });

    it('refuses a search that filters on a masked field', async () => {
      const res = await call(`/api/clusters/local/topics/${topic}/messages/search?filter=${encodeURIComponent(`value.card.number = "${card}"`)}`, { cookie: admin });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/masked/);
    });
  });

  it('writes one audit record per change and message read, with the user and result', async () => {
    const topic = uniqueName('access-audit');
    expect((await call('/api/clusters/local/topics', { method: 'POST', cookie: admin, json: { name: topic, partitions: 1, replicationFactor: 1 } })).status).toBe(201);
    expect((await call(`/api/clusters/local/topics/${topic}?confirm=${topic}`, { method: 'DELETE', cookie: viewer })).status).toBe(403);
    expect((await call(`/api/clusters/local/topics/${topic}/messages?from=oldest`, { cookie: viewer })).status).toBe(200);
    const records = await eventually(async () => {
      // Other writers may share the topic: only records that parse count.
      const lines = kcatConsume(bootstrap, '__fluxo_audit', '%s\\n').split('\n').filter(Boolean).flatMap((l) => {
        try {
          return [JSON.parse(l)];
        } catch {
          return [];
        }
      });
      // A create names its topic in the body; the other routes in the path.
      const mine = lines.filter((r: any) => r.target?.topic === topic || r.parameters?.body?.name === topic);
      return mine.length >= 3 ? mine : undefined;
    }, { timeoutMs: 60_000 });
    const line = (action: string, user: string) => records.find((r: any) => r.action === action && r.user === user);
    expect(line('topics:create', 'admin')?.result.status).toBe(201);
    expect(line('topics:delete', 'viewer')?.result.status).toBe(403);
    expect(line('messages:read', 'viewer')?.result.status).toBe(200);
    expect(JSON.stringify(records)).not.toMatch(/password|pass-/);
    const page = await call(`/api/clusters/local/audit?user=viewer&limit=50`, { cookie: admin });
    expect(page.status).toBe(200);
    expect(page.body.items.some((r: any) => r.target?.topic === topic)).toBe(true);
    expect((await call('/api/clusters/local/audit', { cookie: operator })).status).toBe(403);
  });
});
