import 'server-only';
// Kafka's failures, translated once into domain errors with plain words (see tulios/kafkajs src/errors.js).
import { FluxoError } from '../errors';

interface KafkaLikeError {
  name?: string;
  message?: string;
  type?: string;
  originalError?: unknown;
  cause?: unknown;
  errors?: unknown[];
}

/** Kafka protocol error types and what to tell the user. */
const PROTOCOL: Record<string, { code: FluxoError['code']; message?: string }> = {
  TOPIC_ALREADY_EXISTS: { code: 'conflict', message: 'A topic with this name already exists' },
  UNKNOWN_TOPIC_OR_PARTITION: { code: 'not_found', message: 'The topic or partition does not exist' },
  INVALID_TOPIC_EXCEPTION: { code: 'bad_request' },
  INVALID_PARTITIONS: { code: 'bad_request' },
  INVALID_REPLICATION_FACTOR: { code: 'bad_request' },
  INVALID_CONFIG: { code: 'bad_request' },
  INVALID_REQUEST: { code: 'bad_request' },
  POLICY_VIOLATION: { code: 'bad_request' },
  OFFSET_OUT_OF_RANGE: { code: 'bad_request' },
  NON_EMPTY_GROUP: { code: 'conflict', message: 'The group still has active members; stop its consumers first' },
  UNKNOWN_MEMBER_ID: { code: 'conflict', message: 'The group has active members; stop its consumers first' },
  GROUP_ID_NOT_FOUND: { code: 'not_found', message: 'The consumer group does not exist' },
  TOPIC_AUTHORIZATION_FAILED: { code: 'forbidden', message: 'Not authorized for this topic' },
  GROUP_AUTHORIZATION_FAILED: { code: 'forbidden', message: 'Not authorized for this group' },
  CLUSTER_AUTHORIZATION_FAILED: { code: 'forbidden', message: 'Not authorized for this cluster operation' },
  TOPIC_DELETION_DISABLED: { code: 'forbidden', message: 'Topic deletion is disabled on this cluster' },
  UNSUPPORTED_VERSION: { code: 'bad_request', message: 'The broker does not support this operation' },
};

const UNREACHABLE = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSMetadataNotLoaded',
]);

/** Follows KafkaJSNumberOfRetriesExceeded (originalError or cause) and aggregate errors to the real failure. */
function rootCause(err: KafkaLikeError): KafkaLikeError {
  let cur = err;
  for (let depth = 0; depth < 5; depth++) {
    if (cur.originalError && typeof cur.originalError === 'object') cur = cur.originalError as KafkaLikeError;
    else if (cur.cause && typeof cur.cause === 'object') cur = cur.cause as KafkaLikeError;
    else if (Array.isArray(cur.errors) && cur.errors[0] && typeof cur.errors[0] === 'object') cur = cur.errors[0] as KafkaLikeError;
    else break;
  }
  return cur;
}

/** The Kafka protocol error type (e.g. "UNKNOWN_TOPIC_OR_PARTITION") behind kafkajs's retry wrappers, if any. */
export function protocolErrorType(err: unknown): string | undefined {
  if (err instanceof FluxoError) return undefined;
  return rootCause((err ?? {}) as KafkaLikeError).type;
}

export function isUnreachable(err: unknown): boolean {
  if (err instanceof FluxoError) return err.code === 'unavailable' || err.code === 'timeout';
  const cause = rootCause((err ?? {}) as KafkaLikeError);
  return UNREACHABLE.has(cause.name ?? '') || cause.name === 'KafkaJSRequestTimeoutError' || cause.message === 'Broker not connected';
}

export function translateKafkaError(err: unknown, clusterName: string): FluxoError {
  if (err instanceof FluxoError) return err;
  const top = (err ?? {}) as KafkaLikeError;
  const cause = rootCause(top);
  const name = cause.name ?? '';
  if (cause.type && PROTOCOL[cause.type]) {
    const known = PROTOCOL[cause.type]!;
    return new FluxoError(known.code, known.message ?? cause.message ?? cause.type, { cause: err });
  }
  if (name === 'KafkaJSSASLAuthenticationError') {
    return new FluxoError('unavailable', `Cluster "${clusterName}": authentication failed (${cause.message})`, { cause: err });
  }
  if (name === 'KafkaJSRequestTimeoutError' || name === 'KafkaJSTimeout') {
    return new FluxoError('timeout', `Cluster "${clusterName}" did not answer in time`, { cause: err });
  }
  // kafkajs 2.2.4 throws a plain Error when a request reaches a broker whose connection never completed.
  if (UNREACHABLE.has(name) || UNREACHABLE.has(top.name ?? '') || cause.message === 'Broker not connected') {
    return new FluxoError('unavailable', `Cluster "${clusterName}" is unreachable: ${cause.message ?? name}`, { cause: err });
  }
  if (cause.type) {
    return new FluxoError('bad_request', `Kafka refused the request: ${cause.message ?? cause.type}`, { cause: err });
  }
  return new FluxoError('internal', `Unexpected error talking to cluster "${clusterName}"`, { cause: err });
}
