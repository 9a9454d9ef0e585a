// The project's own Kafka scripts fail with one clear line and leave nothing running.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { status, up } from '../../scripts/kafka/local-kafka.mjs';
import { testEnv } from './env';

function kafkaUp(env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/kafka/cli.mjs', 'up'], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('npm run kafka:up', () => {
  it('names a busy port and the way out, and starts nothing', async () => {
    const port = testEnv.ephemeral.port + 50;
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(up({ nodes: 1, port, fresh: true })).rejects.toThrow(
        new RegExp(`port ${port} on 127.0.0.1 is already in use: .*KAFKA_PORT`),
      );
      expect(status().filter((r) => r.port === port && r.pid !== null)).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('says in one line that Java is missing and how to fix it', () => {
    const res = kafkaUp({ JAVA_HOME: '/nonexistent-java', KAFKA_PORT: String(testEnv.ephemeral.port + 60) });
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toMatch(/^error: Java 17\+ was not found: install it .* or set JAVA_HOME$/);
  });

  it('refuses a node count it cannot lay out', () => {
    const res = kafkaUp({ KAFKA_NODES: '2' });
    expect(res.stderr.trim()).toBe('error: KAFKA_NODES must be 1 or 3, not 2');
  });
});

describe('npm run kafka:down', () => {
  it('stops only the cluster KAFKA_NODES/KAFKA_PORT name', () => {
    // The shared test clusters run while another, never-started cluster is named: they must keep running.
    const before = status().filter((r) => r.pid !== null);
    const res = spawnSync(process.execPath, ['scripts/kafka/cli.mjs', 'down'], {
      encoding: 'utf8',
      env: { ...process.env, KAFKA_NODES: '1', KAFKA_PORT: String(testEnv.ephemeral.port + 70) },
    });
    expect(res.status).toBe(0);
    const after = status().filter((r) => r.pid !== null);
    expect(after.map((r) => r.pid)).toEqual(before.map((r) => r.pid));
    expect(before.length).toBeGreaterThan(0);
  });
});
