import { describe, expect, it } from 'vitest';
import { ConfigError, parseClusters } from '../config/parse';

const file = (connect: unknown) => ({
  configFile: { path: 'clusters.json', text: JSON.stringify({ clusters: [{ name: 'prod', brokers: ['k:9092'], connect }] }) },
});

describe('connect clusters in the config file', () => {
  it('reads several Connect clusters with basic and bearer auth from env, and defaults the timeout', () => {
    const [c] = parseClusters(
      file([
        { name: 'cdc', url: 'http://connect:8083' },
        { name: 'sinks', url: 'https://sinks:8443', auth: { type: 'basic', username: 'u', passwordEnv: 'P' }, tls: { caFile: '/ca.pem' } },
        { name: 'managed', url: 'https://c.example.com/api', auth: { type: 'bearer', tokenEnv: 'T' } },
      ]),
    );
    expect(c!.connect.map((x) => [x.name, x.auth?.type ?? 'none', x.timeoutMs])).toEqual([['cdc', 'none', 10000], ['sinks', 'basic', 10000], ['managed', 'bearer', 10000]]);
    expect(c!.connect[1]!.tls).toEqual({ caFile: '/ca.pem', rejectUnauthorized: true });
  });

  it('is optional: a cluster without it has none', () => {
    expect(parseClusters(file(undefined))[0]!.connect).toEqual([]);
  });

  it('names the field of a bad entry', () => {
    expect(() => parseClusters(file([{ name: 'cdc', url: 'connect:8083' }]))).toThrow(ConfigError);
    expect(() => parseClusters(file([{ name: 'cdc', url: 'connect:8083' }]))).toThrow(/connect\.0\.url|connect\[0\]\.url/);
    expect(() => parseClusters(file([{ name: 'cdc', url: 'http://c:8083', auth: { type: 'bearer' } }]))).toThrow(/needs token or tokenEnv/);
    expect(() => parseClusters(file([{ name: 'a', url: 'http://c:1' }, { name: 'a', url: 'http://c:2' }]))).toThrow(/unique/);
  });
});
