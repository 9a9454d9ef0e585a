import 'server-only';
// One idempotent producer per cluster (acks from all in-sync replicas), created on first use and dropped
// when it fails so the next request starts afresh.
import type { Producer, ProducerRecord } from 'kafkajs';
import { kafkaFor, withDeadline } from './client';
import { COMPRESSION, type CompressionName } from './codecs';
import { protocolErrorType, translateKafkaError } from './errors';
import { topicPartitions } from './partition-io';

/** kafkajs's acks value for "all in-sync replicas". */
const ACKS_ALL = -1;

interface PooledProducer {
  producer: Producer;
  connected: Promise<void>;
}

const producers: Map<string, PooledProducer> = ((globalThis as { __fluxoProducers?: Map<string, PooledProducer> })
  .__fluxoProducers ??= new Map());

function producerFor(cluster: string): PooledProducer {
  const existing = producers.get(cluster);
  if (existing) return existing;
  // Bounded retries: an idempotent producer otherwise retries forever; the deadline answers the user.
  const producer = kafkaFor(cluster).producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 5 } });
  const pooled = { producer, connected: producer.connect() };
  producers.set(cluster, pooled);
  return pooled;
}

function drop(cluster: string, pooled: PooledProducer) {
  if (producers.get(cluster) === pooled) producers.delete(cluster);
  pooled.producer.disconnect().catch(() => {});
}

/** One record to write; a header key may repeat. */
export interface OutgoingRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: { key: string; value: string | null }[];
  /** Left out: kafkajs's default partitioner (murmur2 of the key, as the Java client). */
  partition?: number;
  compression: CompressionName;
}

/** kafkajs takes repeated header keys as arrays. */
function groupHeaders(headers: OutgoingRecord['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const { key, value } of headers) {
    const prior = out[key];
    const v = value ?? '';
    out[key] = prior === undefined ? v : Array.isArray(prior) ? [...prior, v] : [prior, v];
  }
  return out;
}

/** Writes one record with acks from all in-sync replicas; the topic (and partition, if given) must exist. */
export async function produceRecord(cluster: string, topic: string, record: OutgoingRecord): Promise<{ partition: number; offset: number }> {
  if (record.partition !== undefined) await topicPartitions(cluster, topic, [record.partition]);
  else await topicPartitions(cluster, topic);
  const message = { key: record.key, value: record.value, headers: groupHeaders(record.headers), partition: record.partition };
  return send(cluster, { topic, acks: ACKS_ALL, compression: COMPRESSION[record.compression], messages: [message] });
}

/**
 * The pooled producer refreshes metadata of every topic it ever wrote to; one deleted since fails the send with
 * UNKNOWN_TOPIC_OR_PARTITION before any record leaves (the topic itself was just checked), so a fresh producer
 * is tried once.
 */
async function send(cluster: string, record: ProducerRecord, retried = false): Promise<{ partition: number; offset: number }> {
  const pooled = producerFor(cluster);
  try {
    const [meta] = await withDeadline(pooled.connected.then(() => pooled.producer.send(record)), cluster);
    if (!meta) throw new Error('the broker acknowledged no record');
    return { partition: meta.partition, offset: Number(meta.baseOffset ?? meta.offset) };
  } catch (err) {
    drop(cluster, pooled);
    if (!retried && protocolErrorType(err) === 'UNKNOWN_TOPIC_OR_PARTITION') return send(cluster, record, true);
    throw translateKafkaError(err, cluster);
  }
}
