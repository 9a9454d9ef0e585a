import { z } from '../../zod';
import { clusterParams } from './common';

export const MAX_PAGE_LIMIT = 1_000;
export const MAX_EXPORT_LIMIT = 100_000;
/** A filter longer than this is refused before parsing: it bounds parse time and memory. */
export const MAX_FILTER_LENGTH = 4_096;

const encodingSchema = z.enum(['json', 'text', 'base64']).openapi({
  description: 'json or text: UTF-8 as is; base64: bytes that are not valid UTF-8',
});

export const messageHeaderSchema = z.object({
  key: z.string(),
  value: z.string().nullable(),
  encoding: encodingSchema,
});

export const messageSchema = z
  .object({
    partition: z.number().int(),
    offset: z.number().int(),
    timestamp: z.number().int().openapi({ description: 'Epoch milliseconds' }),
    timestampType: z.enum(['create', 'log-append']),
    key: z.string().nullable().openapi({ description: 'null when the record has no key' }),
    value: z.string().nullable().openapi({ description: 'null for a tombstone' }),
    headers: z.array(messageHeaderSchema),
    size: z.number().int().openapi({ description: 'Key + value + header bytes of the record' }),
    keyEncoding: encodingSchema,
    valueEncoding: encodingSchema,
  })
  .openapi('Message');
export type Message = z.infer<typeof messageSchema>;
export type MessageHeader = z.infer<typeof messageHeaderSchema>;

export const messagePageSchema = z
  .object({
    messages: z.array(messageSchema),
    next: z.string().optional().openapi({ description: 'Cursor of the following page (pass as cursor=)' }),
    prev: z.string().optional().openapi({ description: 'Cursor of the preceding page (pass as cursor=)' }),
    unavailablePartitions: z.array(z.number().int()).optional().openapi({
      description: 'Partitions that could not be read (no leader, broker down); the page holds the others',
    }),
  })
  .openapi('MessagePage');
export type MessagePage = z.infer<typeof messagePageSchema>;

export const topicParams = clusterParams.extend({
  topic: z.string().min(1).max(249).openapi({ param: { name: 'topic', in: 'path' }, example: 'payments' }),
});

const position = z
  .string()
  .regex(/^(oldest|newest|offset:\d+|timestamp:.+)$/, 'must be oldest, newest, offset:N or timestamp:ISO-8601')
  .refine((s) => !s.startsWith('timestamp:') || !Number.isNaN(Date.parse(s.slice(10))), 'timestamp must be ISO-8601');

const partitionList = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'must be a comma-separated list of partition numbers')
  .optional()
  .openapi({ description: 'Comma-separated partitions; all when absent', example: '0,1' });

export const browseQuery = z.object({
  partitions: partitionList,
  from: position.default('newest').openapi({ description: 'oldest, newest, offset:N or timestamp:ISO-8601' }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(50),
  order: z.enum(['newest', 'oldest']).optional().openapi({
    description: 'newest-first or oldest-first, merged across partitions by timestamp; newest when from=newest',
  }),
  cursor: z.string().max(8_192).optional().openapi({ description: 'A next/prev cursor of an earlier page' }),
});
export type BrowseQuery = z.infer<typeof browseQuery>;

export const searchQuery = z.object({
  filter: z.string().max(MAX_FILTER_LENGTH, `filter must be at most ${MAX_FILTER_LENGTH} characters`).default('').openapi({
    description:
      'JSONata expression over key, value, headers, partition, offset, timestamp; empty matches all. Regexes use RE2 ' +
      'syntax and run in linear time (no backreferences or lookarounds); $eval is refused. Evaluation is bounded: ' +
      '250 ms a message, 60 s a request, strings of 1 Mi characters, 10,000 items. A refused filter answers 400; one ' +
      'stopped at a limit ends the stream with an error event that says which.',
    example: 'value.amount > 100 and headers.source = "web"',
  }),
  partitions: partitionList,
  from: position.default('oldest'),
  to: position.default('newest').openapi({ description: 'Where to stop (exclusive); newest = the end when the search began' }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(100),
  budget: z.coerce.number().int().min(1).max(50_000_000).default(5_000_000).openapi({
    description: 'At most this many messages are scanned',
  }),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchEventSchema = z
  .union([
    z.object({ event: z.literal('message'), data: messageSchema }),
    z.object({
      event: z.literal('progress'),
      data: z.object({
        scanned: z.number(),
        total: z.number(),
        matched: z.number(),
        ratePerSec: z.number(),
        unavailablePartitions: z.array(z.number().int()).optional().openapi({
          description: 'Partitions the search could not read (no leader, broker down); it reads the others',
        }),
      }),
    }),
    z.object({ event: z.literal('done'), data: z.object({ reason: z.enum(['end', 'limit', 'budget', 'cancelled']) }) }),
    z.object({ event: z.literal('error'), data: z.object({ code: z.string(), message: z.string() }) }),
  ])
  .openapi('SearchEvent', { description: 'Server-Sent Events: the event name, then data as JSON' });

export const tailQuery = z.object({ partitions: partitionList });
export const tailEventSchema = z
  .union([
    z.object({
      event: z.literal('ready'),
      data: z.object({
        offsets: z.record(z.string(), z.number()).openapi({ description: 'Partition → offset the tail starts at' }),
        unavailablePartitions: z.array(z.number().int()).optional().openapi({
          description: 'Partitions the tail cannot follow (no leader, broker down); it follows the others',
        }),
      }),
    }),
    z.object({ event: z.literal('message'), data: messageSchema }),
    z.object({ event: z.literal('error'), data: z.object({ code: z.string(), message: z.string() }) }),
  ])
  .openapi('TailEvent');

export const exportQuery = searchQuery.extend({
  format: z.enum(['ndjson', 'json', 'csv']).default('ndjson'),
  limit: z.coerce.number().int().min(1).max(MAX_EXPORT_LIMIT).default(1_000),
});

/** The compression codecs a produced batch may carry. */
export const PRODUCE_COMPRESSIONS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

export const produceBody = z
  .object({
    key: z.string().nullable().default(null),
    value: z.string().nullable().default(null),
    keyEncoding: z.enum(['text', 'json', 'base64']).default('text'),
    valueEncoding: z.enum(['text', 'json', 'base64']).default('text').openapi({
      description: 'json: the value must be valid JSON (checked, 400 if not); base64: binary',
    }),
    headers: z
      .array(z.object({ key: z.string().min(1), value: z.string().nullable() }))
      .max(100)
      .default([]),
    partition: z.number().int().min(0).optional(),
    compression: z.enum(PRODUCE_COMPRESSIONS).default('none').openapi({
      description: 'Codec of the record batch written, as Kafka names them (compression.type); consumers of every codec read it',
    }),
  })
  .openapi('ProduceRequest');
export type ProduceBody = z.infer<typeof produceBody>;

export const produceResult = z
  .object({ partition: z.number().int(), offset: z.number().int() })
  .openapi('ProduceResult');

export const messageParams = topicParams.extend({
  partition: z.coerce.number().int().min(0).openapi({ param: { name: 'partition', in: 'path' } }),
  offset: z.coerce.number().int().min(0).openapi({ param: { name: 'offset', in: 'path' } }),
});
