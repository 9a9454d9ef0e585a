import { defineEndpoint } from '../endpoint';
import { z } from '../../zod';
import {
  browseQuery,
  exportQuery,
  messageParams,
  messagePageSchema,
  messageSchema,
  produceBody,
  produceResult,
  searchEventSchema,
  searchQuery,
  tailEventSchema,
  tailQuery,
  topicParams,
} from '../schemas/messages';

export const browseMessagesEndpoint = defineEndpoint({
  access: 'messages:read',
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}/messages',
  tag: 'Messages',
  summary: 'A page of messages, merged across partitions by timestamp (never joins a consumer group)',
  params: topicParams,
  query: browseQuery,
  response: messagePageSchema,
  errors: [503, 504],
});

export const getMessageEndpoint = defineEndpoint({
  access: 'messages:read',
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}/messages/{partition}/{offset}',
  tag: 'Messages',
  summary: 'One message by partition and offset (permalink)',
  params: messageParams,
  response: messageSchema,
  errors: [503, 504],
});

export const searchMessagesEndpoint = defineEndpoint({
  access: 'messages:read',
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}/messages/search',
  tag: 'Messages',
  summary: 'Scan a range through a JSONata filter; matches stream as Server-Sent Events with progress',
  description:
    'Events: message (a match), progress ({ scanned, total, matched, ratePerSec }), done ({ reason }). Stops at the limit, the scan budget, or when the client disconnects. A filter syntax error is a 400 naming the position.',
  params: topicParams,
  query: searchQuery,
  response: searchEventSchema,
  contentType: 'text/event-stream',
  reader: true,
  errors: [429, 503, 504],
});

export const tailMessagesEndpoint = defineEndpoint({
  access: 'messages:read',
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}/messages/tail',
  tag: 'Messages',
  summary: 'New messages as they arrive, as Server-Sent Events, until the client disconnects',
  params: topicParams,
  query: tailQuery,
  response: tailEventSchema,
  contentType: 'text/event-stream',
  reader: true,
  errors: [429, 503, 504],
});

export const exportMessagesEndpoint = defineEndpoint({
  access: 'messages:export',
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}/messages/export',
  tag: 'Messages',
  summary: 'A browse range or search result as NDJSON, JSON or CSV, streamed and bounded by limit',
  params: topicParams,
  query: exportQuery,
  response: z.string().openapi({ description: 'NDJSON lines, a JSON array of Message, or CSV with a header row' }),
  contentType: 'application/x-ndjson',
  reader: true,
  errors: [429, 503, 504],
});

export const produceMessageEndpoint = defineEndpoint({
  access: 'messages:produce',
  method: 'post',
  path: '/api/clusters/{cluster}/topics/{topic}/messages',
  tag: 'Messages',
  summary: 'Produce one message (idempotent producer, acks from all in-sync replicas; compression none, gzip, snappy, lz4 or zstd)',
  params: topicParams,
  body: produceBody,
  response: produceResult,
  status: 201,
  errors: [403, 503, 504],
});

export const metricsEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/metrics',
  tag: 'Operations',
  summary: 'Prometheus metrics of this server, e.g. fluxo_active_readers',
  response: z.string(),
  contentType: 'text/plain; version=0.0.4',
});
