// The demo's topics, created once on the local cluster so the console has something real to show.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './lib/ensure.mjs';

export const DEMO_TOPICS = [
  { topic: 'payments', numPartitions: 6 },
  { topic: 'payments.stats.1m', numPartitions: 6, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
];

export async function seedDemo(brokers, { replicationFactor }) {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({ clientId: 'fluxo-demo', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = DEMO_TOPICS.filter((t) => !existing.has(t.topic)).map((t) => ({ ...t, replicationFactor }));
    if (missing.length) {
      await admin.createTopics({ topics: missing, waitForLeaders: true });
      console.log(`• created demo topics: ${missing.map((t) => t.topic).join(', ')}`);
    }
  } finally {
    await admin.disconnect();
  }
}
