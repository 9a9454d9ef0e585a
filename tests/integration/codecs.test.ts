// Every codec, written by librdkafka (kcat -z), by Kafka's own console producer and by Fluxo, reads back byte for
// byte as kcat reads it; kafka-dump-log confirms each batch really carries the codec (the values compress well,
// or librdkafka would send them uncompressed).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from '../../scripts/kafka/local-kafka.mjs';
import { api, kafkaTool, testEnv, uniqueName } from './env';

const CODECS = ['gzip', 'snappy', 'lz4', 'zstd'] as const;
const bootstrap = testEnv.single.bootstrap;
const RECORDS = 20;
const DELIMITER = '\u0001\u0002\u0003';

const valuesFor = (codec: string, writer: string) =>
  Array.from({ length: RECORDS }, (_, i) => JSON.stringify({ writer, codec, i, note: `compressible ${codec} payload `.repeat(12) }));

function createTopic(): string {
  const topic = uniqueName('codec');
  kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', topic, '--partitions', '1', '--replication-factor', '1']);
  return topic;
}

/** Values as kcat reads them, in offset order. */
function kcatValues(topic: string): string[] {
  const res = spawnSync('kcat', ['-C', '-b', bootstrap, '-t', topic, '-e', '-q', '-D', DELIMITER], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`kcat -C failed: ${res.stderr}`);
  return res.stdout.split(DELIMITER).filter((v) => v !== '');
}

/** The codec of each record batch on disk, as kafka-dump-log prints it. */
function batchCodecs(topic: string): string[] {
  const dir = path.join(process.cwd(), '.kafka', testEnv.single.name, 'node-1', 'data', `${topic}-0`);
  const segment = readdirSync(dir).find((f) => f.endsWith('.log'))!;
  const out = kafkaTool('kafka-dump-log', ['--files', path.join(dir, segment)]);
  return [...out.matchAll(/^baseOffset: .* compresscodec: (\w+)/gm)].map((m) => m[1]!.toLowerCase());
}

async function browseValues(topic: string): Promise<string[]> {
  const { status, body } = await api(`/api/clusters/local/topics/${topic}/messages?from=oldest&order=oldest&limit=100`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.messages.map((m: { value: string; valueEncoding: string }) =>
    m.valueEncoding === 'base64' ? Buffer.from(m.value, 'base64').toString('utf8') : m.value,
  );
}

async function exportValues(topic: string): Promise<string[]> {
  const res = await fetch(`${testEnv.url}/api/clusters/local/topics/${topic}/messages/export?format=ndjson&limit=100`);
  expect(res.status).toBe(200);
  const lines = (await res.text()).split('\n').filter(Boolean);
  return lines.map((l) => (JSON.parse(l) as { value: string }).value);
}

describe.runIf(testEnv.haveKcat)('compression codecs', () => {
  for (const codec of CODECS) {
    it(`reads ${codec} written by kcat -z ${codec}, byte for byte as kcat reads it`, async () => {
      const topic = createTopic();
      const values = valuesFor(codec, 'kcat');
      const res = spawnSync('kcat', ['-P', '-b', bootstrap, '-t', topic, '-p', '0', '-z', codec, '-D', DELIMITER], { input: values.join(DELIMITER) + DELIMITER });
      expect(res.status, String(res.stderr)).toBe(0);
      expect(batchCodecs(topic).length).toBeGreaterThan(0);
      expect(new Set(batchCodecs(topic))).toEqual(new Set([codec]));
      expect(kcatValues(topic)).toEqual(values);
      expect(await browseValues(topic)).toEqual(values);
      expect(await exportValues(topic)).toEqual(values);
    });

    it(`reads ${codec} written by kafka-console-producer --compression-codec ${codec}`, async () => {
      const topic = createTopic();
      const values = valuesFor(codec, 'java');
      const res = runTool('kafka-console-producer', ['--bootstrap-server', bootstrap, '--topic', topic, '--compression-codec', codec], { input: values.join('\n') + '\n' });
      expect(res.status, res.stderr).toBe(0);
      expect(new Set(batchCodecs(topic))).toEqual(new Set([codec]));
      expect(kcatValues(topic)).toEqual(values);
      expect(await browseValues(topic)).toEqual(values);
      const first = await api(`/api/clusters/local/topics/${topic}/messages/0/0`);
      expect(first.status).toBe(200);
      expect(first.body.value).toBe(values[0]);
    });

    it(`writes ${codec} when a produce asks for it, and kcat reads it back`, async () => {
      const topic = createTopic();
      const values = valuesFor(codec, 'fluxo').slice(0, 3);
      for (const value of values) {
        const produced = await api(`/api/clusters/local/topics/${topic}/messages`, { method: 'POST', json: { value, valueEncoding: 'json', compression: codec } });
        expect(produced.status, JSON.stringify(produced.body)).toBe(201);
      }
      expect(batchCodecs(topic)).toEqual(values.map(() => codec));
      expect(kcatValues(topic)).toEqual(values);
    });
  }

  it('refuses a codec Kafka does not have, with a 400', async () => {
    const topic = createTopic();
    const res = await api(`/api/clusters/local/topics/${topic}/messages`, { method: 'POST', json: { value: 'x', compression: 'brotli' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
  });
});
