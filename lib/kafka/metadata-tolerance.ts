import 'server-only';
// kafkajs 2.2.4 throws from every Metadata answer that carries a partition-level error (LEADER_NOT_AVAILABLE
// when a partition's only replica is down). Every metadata refresh of every kafkajs client (admin, producer, the
// cluster object) then fails while one partition anywhere is leaderless: one dead broker holding RF-1 partitions
// made every route of its cluster answer 400. The parser of the Metadata answer is therefore replaced, once per
// process, by one that still throws topic-level errors (kafkajs relies on them, e.g. to forget a topic that does
// not exist) and keeps partitions with their error codes (leader -1). kafkajs's partitioners and lookups already
// skip leader -1. Loaded by client.ts, before any client exists; covered by tests/integration/faults.test.ts.
import * as errorModule from 'kafkajs/src/protocol/error.js';
import * as v0 from 'kafkajs/src/protocol/requests/metadata/v0/response.js';
import * as v1 from 'kafkajs/src/protocol/requests/metadata/v1/response.js';
import * as v2 from 'kafkajs/src/protocol/requests/metadata/v2/response.js';
import * as v3 from 'kafkajs/src/protocol/requests/metadata/v3/response.js';
import * as v4 from 'kafkajs/src/protocol/requests/metadata/v4/response.js';
import * as v5 from 'kafkajs/src/protocol/requests/metadata/v5/response.js';
import * as v6 from 'kafkajs/src/protocol/requests/metadata/v6/response.js';
import type { MetadataAnswer } from './metadata-model';

type ResponseModule = { parse: (data: unknown) => Promise<unknown> };

// CommonJS modules: the bundler hands them over either as the namespace or under `default` (the real exports).
const exportsOf = <T>(mod: T): T => ((mod as { default?: T }).default ?? mod);
const { createErrorFromCode } = exportsOf(errorModule);

async function parseKeepingPartitionErrors(data: unknown): Promise<unknown> {
  const failed = (data as MetadataAnswer).topicMetadata.find((t) => t.topicErrorCode !== 0);
  if (failed) throw createErrorFromCode(failed.topicErrorCode);
  return data;
}

for (const mod of [v0, v1, v2, v3, v4, v5, v6]) (exportsOf(mod) as ResponseModule).parse = parseKeepingPartitionErrors;
