import 'server-only';
// Kafka's own words for a refused change. kafkajs 2.2.4 decodes the broker's error_message of CreateTopics and
// AlterConfigs answers but throws only the error code's generic text ("Configuration is invalid"). The
// validateOnly step is therefore sent through kafkajs's broker with a parse step that keeps the answer, so the
// user reads e.g. "Unknown topic config name: x" (kafkajs internals, pinned; covered by integration tests).
import { ConfigResourceTypes } from 'kafkajs';
import * as errorModule from 'kafkajs/src/protocol/error.js';
import * as requestsModule from 'kafkajs/src/protocol/requests/index.js';
import { FluxoError } from '../errors';
import { type RawCluster, withRawCluster } from './client';
import { translateKafkaError } from './errors';

// CommonJS modules: the bundler hands them over either as the namespace or under `default`.
const { requests } = ((requestsModule as { default?: unknown }).default ?? requestsModule) as typeof requestsModule;
const { createErrorFromCode } = ((errorModule as { default?: unknown }).default ?? errorModule) as typeof errorModule;

/** Kafka protocol API keys (fixed by the protocol). */
const API_KEY = { CreateTopics: 19, AlterConfigs: 33 } as const;

interface ProtocolRequest {
  response: { parse: (data: unknown) => Promise<unknown> };
}

interface InternalBroker {
  lookupRequest(apiKey: number, definitions: unknown): (args: object) => ProtocolRequest;
}

type ClusterWithController = RawCluster & { findControllerBroker(): Promise<InternalBroker> };

interface Refusal {
  errorCode: number;
  errorMessage?: string | null;
}

export async function sendKeepingErrors(clusterName: string, api: keyof typeof API_KEY, args: object): Promise<unknown> {
  return withRawCluster(clusterName, async (raw) => {
    const broker = await (raw as ClusterWithController).findControllerBroker();
    const proto = Object.getPrototypeOf(broker) as object;
    const send = Object.getOwnPropertySymbols(proto).find((s) => s.description === 'private:Broker:sendRequest');
    if (!send) throw new FluxoError('internal', 'kafkajs internals changed: pin kafkajs to 2.2.4');
    const request = broker.lookupRequest(API_KEY[api], requests[api])(args);
    const keep = { ...request, response: { ...request.response, parse: async (data: unknown) => data } };
    return (broker as unknown as Record<symbol, (r: ProtocolRequest) => Promise<unknown>>)[send]!.call(broker, keep);
  });
}

export function throwRefusal(clusterName: string, refusal: Refusal | undefined): void {
  if (!refusal || refusal.errorCode === 0) return;
  const translated = translateKafkaError(createErrorFromCode(refusal.errorCode), clusterName);
  throw new FluxoError(translated.code, refusal.errorMessage ? `Kafka refused: ${refusal.errorMessage}` : translated.message);
}

export interface NewTopic {
  topic: string;
  numPartitions: number;
  replicationFactor: number;
  configEntries: { name: string; value: string }[];
}

/** Kafka checks the topic (name, partitions, replication, every config) without creating it. */
export async function validateNewTopic(clusterName: string, topic: NewTopic, timeoutMs: number): Promise<void> {
  const answer = (await sendKeepingErrors(clusterName, 'CreateTopics', { topics: [topic], validateOnly: true, timeout: timeoutMs })) as {
    topicErrors: Refusal[];
  };
  throwRefusal(clusterName, answer.topicErrors.find((e) => e.errorCode !== 0));
}

/** Kafka checks a topic's complete new set of overrides without applying it. */
export async function validateTopicConfigs(clusterName: string, topic: string, configEntries: NewTopic['configEntries']): Promise<void> {
  const answer = (await sendKeepingErrors(clusterName, 'AlterConfigs', {
    validateOnly: true,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries }],
  })) as { resources: Refusal[] };
  throwRefusal(clusterName, answer.resources.find((e) => e.errorCode !== 0));
}
