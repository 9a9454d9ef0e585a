import { describe, expect, it } from 'vitest';
import { FluxoError } from '../errors';
import { isUnreachable, protocolErrorType, translateKafkaError } from './errors';

function kafkaError(name: string, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error(extra.message as string ?? name), { name, ...extra });
}

describe('translateKafkaError', () => {
  it('turns a refused connection, even wrapped in retries, into 503 unavailable', () => {
    const err = kafkaError('KafkaJSNumberOfRetriesExceeded', {
      originalError: kafkaError('KafkaJSConnectionError', { message: 'Connection error: connect ECONNREFUSED 127.0.0.1:1' }),
    });
    const t = translateKafkaError(err, 'prod');
    expect(t).toMatchObject({ code: 'unavailable', status: 503 });
    expect(t.message).toContain('Cluster "prod" is unreachable');
    expect(isUnreachable(err)).toBe(true);
  });

  it('follows an error cause as kafkajs 2.2.4 attaches it after retries', () => {
    const err = kafkaError('KafkaJSNumberOfRetriesExceeded', {
      cause: kafkaError('KafkaJSConnectionError', { message: 'Connection error: connect ECONNREFUSED 127.0.0.1:19999' }),
    });
    expect(translateKafkaError(err, 'secured')).toMatchObject({ code: 'unavailable', status: 503 });
  });

  it('treats a request to a broker whose connection never completed as unreachable', () => {
    const err = new Error('Broker not connected');
    expect(translateKafkaError(err, 'silent')).toMatchObject({ code: 'unavailable', status: 503 });
    expect(isUnreachable(err)).toBe(true);
  });

  it('maps TOPIC_ALREADY_EXISTS to 409 conflict', () => {
    const t = translateKafkaError(kafkaError('KafkaJSProtocolError', { type: 'TOPIC_ALREADY_EXISTS' }), 'c');
    expect(t).toMatchObject({ code: 'conflict', status: 409 });
  });

  it("keeps Kafka's own words for an invalid config", () => {
    const t = translateKafkaError(kafkaError('KafkaJSProtocolError', { type: 'INVALID_CONFIG', message: 'Unknown topic config name: foo' }), 'c');
    expect(t).toMatchObject({ code: 'bad_request', message: 'Unknown topic config name: foo' });
  });

  it('passes domain errors through untouched', () => {
    const original = new FluxoError('not_found', 'Unknown cluster "x"');
    expect(translateKafkaError(original, 'x')).toBe(original);
  });

  it('hides the detail of an unknown failure behind a plain 500 message', () => {
    expect(translateKafkaError(new TypeError('x is undefined'), 'c')).toMatchObject({ code: 'internal', status: 500 });
  });
});

describe('protocolErrorType', () => {
  it('finds the protocol error behind kafkajs retry wrappers', () => {
    const err = kafkaError('KafkaJSNumberOfRetriesExceeded', {
      originalError: kafkaError('KafkaJSProtocolError', { type: 'UNKNOWN_TOPIC_OR_PARTITION' }),
    });
    expect(protocolErrorType(err)).toBe('UNKNOWN_TOPIC_OR_PARTITION');
  });

  it('has none for a connection failure or an error already translated', () => {
    expect(protocolErrorType(kafkaError('KafkaJSConnectionError'))).toBeUndefined();
    expect(protocolErrorType(new FluxoError('not_found', 'x'))).toBeUndefined();
  });
});
