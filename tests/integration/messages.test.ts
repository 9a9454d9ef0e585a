import { beforeAll, describe, expect, it } from 'vitest';
import { api, kafkaTool, testEnv, uniqueName } from './env';
import { kcatConsume, kcatProduce } from './messages-kcat';

const bootstrap = () => testEnv.single.bootstrap;
const base = (topic: string) => `/api/clusters/local/topics/${topic}/messages`;

interface ApiMessage {
  partition: number;
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headers: { key: string; value: string | null; encoding: string }[];
  size: number;
  keyEncoding: string;
  valueEncoding: string;
}

function createTopic(partitions: number): string {
  const topic = uniqueName('msg');
  kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap(), '--create', '--topic', topic, '--partitions', String(partitions)]);
  return topic;
}

/** Where kcat says each record is: partition, offset, timestamp. */
function kcatPositions(topic: string) {
  return kcatConsume(bootstrap(), topic, '%p %o %T\n')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [partition, offset, timestamp] = line.split(' ').map(Number);
      return { partition: partition!, offset: offset!, timestamp: timestamp! };
    });
}

function bytesOf(text: string | null, encoding: string): Buffer | null {
  if (text === null) return null;
  return Buffer.from(text, encoding === 'base64' ? 'base64' : 'utf8');
}

async function browseAll(topic: string, query: string): Promise<ApiMessage[]> {
  const { status, body } = await api(`${base(topic)}?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.messages;
}

describe.skipIf(!testEnv.haveKcat)('browsing messages written by kcat', () => {
  const binary = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x41, 0x0a]);
  const records = [
    { partition: 0, key: 'order-1', value: Buffer.from('{"amount":12.5,"currency":"EUR"}'), headers: [['source', 'web'], ['trace', 'abc']] as [string, string][] },
    { partition: 0, key: null, value: Buffer.from('plain text with ünïcödé') },
    { partition: 1, key: 'order-1', value: null },
    { partition: 1, key: 'bin', value: binary, headers: [['kind', 'binary']] as [string, string][] },
    { partition: 2, key: 'order-2', value: Buffer.from('[1,2,3]') },
    { partition: 2, key: 'order-3', value: Buffer.from('{"nested":{"ok":true}}') },
  ];
  let topic = '';

  beforeAll(() => {
    topic = createTopic(3);
    for (const r of records) kcatProduce(bootstrap(), topic, r);
  });

  it('returns every record byte for byte with the partition, offset and timestamp kcat reads', async () => {
    const got = await browseAll(topic, 'from=oldest&limit=100');
    const positions = kcatPositions(topic);
    expect(got).toHaveLength(records.length);
    for (const pos of positions) {
      const m = got.find((x) => x.partition === pos.partition && x.offset === pos.offset);
      expect(m, `p${pos.partition}@${pos.offset}`).toBeDefined();
      expect(m!.timestamp).toBe(pos.timestamp);
    }
    for (const partition of [0, 1, 2]) {
      const expected = records.filter((r) => r.partition === partition);
      const actual = got.filter((m) => m.partition === partition).sort((a, b) => a.offset - b.offset);
      expected.forEach((r, i) => {
        const m = actual[i]!;
        expect(m.key).toBe(r.key);
        expect(bytesOf(m.value, m.valueEncoding)).toEqual(r.value);
        expect(m.headers.map((h) => [h.key, h.value])).toEqual(r.headers ?? []);
        const headerBytes = (r.headers ?? []).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
        expect(m.size).toBe((r.key ? Buffer.byteLength(r.key) : 0) + (r.value?.length ?? 0) + headerBytes);
      });
    }
  });

  it('says how to read each value: JSON, text, base64 for binary, null for tombstones and missing keys', async () => {
    const got = await browseAll(topic, 'from=oldest&limit=100');
    const byKey = (k: string | null, value: (v: ApiMessage) => boolean) => got.find((m) => m.key === k && value(m))!;
    expect(byKey('order-1', (m) => m.partition === 0).valueEncoding).toBe('json');
    expect(byKey(null, () => true)).toMatchObject({ key: null, valueEncoding: 'text', value: 'plain text with ünïcödé' });
    expect(byKey('order-1', (m) => m.partition === 1)).toMatchObject({ value: null });
    expect(byKey('bin', () => true)).toMatchObject({ valueEncoding: 'base64', value: binary.toString('base64') });
  });

  it('orders newest first across partitions by timestamp', async () => {
    const got = await browseAll(topic, 'from=newest&limit=4');
    const all = kcatPositions(topic).sort((a, b) => b.timestamp - a.timestamp || b.partition - a.partition || b.offset - a.offset);
    expect(got.map((m) => `${m.partition}@${m.offset}`)).toEqual(all.slice(0, 4).map((p) => `${p.partition}@${p.offset}`));
    for (let i = 1; i < got.length; i++) expect(got[i]!.timestamp).toBeLessThanOrEqual(got[i - 1]!.timestamp);
  });

  it('pages with cursors through every message once, in both directions', async () => {
    const seen: string[] = [];
    let query = 'from=oldest&limit=2';
    let last: { prev?: string } = {};
    for (let page = 0; page < 10; page++) {
      const { body } = await api(`${base(topic)}?${query}`);
      seen.push(...body.messages.map((m: ApiMessage) => `${m.partition}@${m.offset}`));
      last = body;
      if (!body.next) break;
      query = `limit=2&cursor=${encodeURIComponent(body.next)}`;
    }
    const all = kcatPositions(topic).sort((a, b) => a.timestamp - b.timestamp || a.partition - b.partition || a.offset - b.offset);
    expect(seen).toEqual(all.map((p) => `${p.partition}@${p.offset}`));
    const back = await api(`${base(topic)}?limit=2&cursor=${encodeURIComponent(last.prev!)}`);
    expect(back.body.messages.map((m: ApiMessage) => `${m.partition}@${m.offset}`)).toEqual(seen.slice(-4, -2));
  });

  it('opens one message by its permalink and answers 404 past the end', async () => {
    const one = await api(`${base(topic)}/1/1`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ partition: 1, offset: 1, key: 'bin' });
    const missing = await api(`${base(topic)}/1/99`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});

describe('browsing from a timestamp', () => {
  it('starts where kafka-get-offsets --time says', async () => {
    const topic = createTopic(2);
    for (let i = 0; i < 6; i++) {
      const res = await api(base(topic), { method: 'POST', json: { key: `k${i}`, value: `v${i}`, partition: i % 2 } });
      expect(res.status).toBe(201);
    }
    const all = await browseAll(topic, 'from=oldest&limit=100');
    const middle = all[3]!;
    const out = kafkaTool('kafka-get-offsets', ['--bootstrap-server', bootstrap(), '--topic', topic, '--time', String(middle.timestamp)]);
    const expected = new Map(out.trim().split('\n').map((l) => {
      const [, p, o] = l.split(':');
      return [Number(p), Number(o)] as const;
    }));
    for (const partition of [0, 1]) {
      const got = await browseAll(topic, `partitions=${partition}&order=oldest&limit=1&from=timestamp:${new Date(middle.timestamp).toISOString()}`);
      const want = expected.get(partition)!;
      const end = all.filter((m) => m.partition === partition).length;
      if (want >= end || want < 0) expect(got).toHaveLength(0);
      else expect(got[0]!.offset).toBe(want);
    }
  });

  it('answers 400 for a bad from, 404 for an unknown topic or partition', async () => {
    const topic = createTopic(1);
    expect((await api(`${base(topic)}?from=yesterday`)).status).toBe(400);
    expect((await api(`${base(topic)}?limit=5000`)).status).toBe(400);
    expect((await api(`${base(topic)}?partitions=7`)).status).toBe(404);
    expect((await api(`${base(uniqueName('nope'))}`)).status).toBe(404);
    expect((await api(`${base(topic)}?cursor=garbage`)).status).toBe(400);
  });
});

describe.skipIf(!testEnv.haveKcat)('producing messages', () => {
  it('writes what kcat reads back, key, value and headers', async () => {
    const topic = createTopic(1);
    const res = await api(base(topic), {
      method: 'POST',
      json: { key: 'k-1', value: '{"a":1}', valueEncoding: 'json', headers: [{ key: 'h1', value: 'x' }, { key: 'h2', value: 'y' }] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ partition: 0, offset: 0 });
    expect(kcatConsume(bootstrap(), topic, '%k %s %h\n').trim()).toBe('k-1 {"a":1} h1=x,h2=y');
  });

  it('refuses invalid JSON when asked to check, and any write on a read-only cluster', async () => {
    const topic = createTopic(1);
    const bad = await api(base(topic), { method: 'POST', json: { value: '{oops', valueEncoding: 'json' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not valid JSON/);
    const ro = await api(`/api/clusters/readonly/topics/${topic}/messages`, { method: 'POST', json: { value: 'x' } });
    expect(ro.status).toBe(403);
    expect(kcatConsume(bootstrap(), topic, '%s\n').trim()).toBe('');
  });
});
