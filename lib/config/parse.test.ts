import { describe, expect, it } from 'vitest';
import { ConfigError, parseClusters } from './parse';

const file = (json: unknown) => ({ configFile: { path: 'clusters.json', text: JSON.stringify(json) } });

describe('parseClusters', () => {
  it('defaults to the local cluster on 127.0.0.1:9092 with no configuration', () => {
    const [c] = parseClusters({});
    expect(c).toMatchObject({ name: 'local', brokers: ['127.0.0.1:9092'], readOnly: false });
  });

  it('names KAFKA_BROKERS "default" and splits the list', () => {
    const [c] = parseClusters({ kafkaBrokers: 'a:9092, b:9093' });
    expect(c).toMatchObject({ name: 'default', brokers: ['a:9092', 'b:9093'] });
  });

  it('reads several clusters with SASL, TLS and read-only from the file', () => {
    const clusters = parseClusters(
      file({
        clusters: [
          { name: 'prod', brokers: ['k1:9093'], readOnly: true, sasl: { mechanism: 'scram-sha-512', username: 'u', passwordEnv: 'PW' }, tls: true },
          { name: 'dev', brokers: ['k2:9092'] },
        ],
      }),
    );
    expect(clusters.map((c) => c.name)).toEqual(['prod', 'dev']);
    expect(clusters[0]).toMatchObject({ readOnly: true, tls: true, sasl: { mechanism: 'scram-sha-512' } });
    expect(clusters[1]?.payments).toEqual({ rawTopic: 'payments', aggregateTopic: 'payments.stats.1m' });
  });

  it('names the field of a bad broker address', () => {
    expect(() => parseClusters(file({ clusters: [{ name: 'x', brokers: ['no-port'] }] }))).toThrow(
      /clusters\.json: clusters\[0\]\.brokers\[0\]: must be host:port/,
    );
  });

  it('names an unknown key', () => {
    expect(() => parseClusters(file({ clusters: [{ name: 'x', brokers: ['a:1'], bootstrap: 'a:1' }] }))).toThrow(/clusters\[0\]/);
  });

  it('rejects a SASL block without a password source', () => {
    expect(() =>
      parseClusters(file({ clusters: [{ name: 'x', brokers: ['a:1'], sasl: { mechanism: 'plain', username: 'u' } }] })),
    ).toThrow(/clusters\[0\]\.sasl: needs password or passwordEnv/);
  });

  it('rejects duplicate cluster names', () => {
    expect(() => parseClusters(file({ clusters: [{ name: 'x', brokers: ['a:1'] }, { name: 'x', brokers: ['b:1'] }] }))).toThrow(
      /cluster names must be unique/,
    );
  });

  it('reports a file that is not JSON as a ConfigError', () => {
    expect(() => parseClusters({ configFile: { path: 'c.json', text: '{' } })).toThrow(ConfigError);
  });
});
