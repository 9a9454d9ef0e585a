import { defineEndpoint } from '../endpoint';
import { clusterParams } from '../schemas/common';
import {
  addPartitionsBody,
  configPatchBody,
  createTopicBody,
  deleteResultSchema,
  deleteTopicQuery,
  purgeBody,
  purgeResultSchema,
  topicConfigsSchema,
  topicDetailSchema,
  topicListQuery,
  topicListSchema,
  topicParams,
} from '../schemas/topics';

const topicPathParams = clusterParams.extend(topicParams.shape);

const PROTECTED =
  'Refused with 403 for topics Kafka marks internal and every topic whose name starts with "__" (__consumer_offsets, __transaction_state, ' +
  "Fluxo's __fluxo_* topics), unless the cluster's config sets allowInternalTopicChanges: true.";

export const listTopicsEndpoint = defineEndpoint({
  access: 'topics:read',
  method: 'get',
  path: '/api/clusters/{cluster}/topics',
  tag: 'Topics',
  summary: 'Topics with partition counts, replication health and message counts; searched, sorted and paged on the server',
  params: clusterParams,
  query: topicListQuery,
  response: topicListSchema,
  errors: [503, 504],
});

export const createTopicEndpoint = defineEndpoint({
  access: 'topics:create',
  method: 'post',
  path: '/api/clusters/{cluster}/topics',
  tag: 'Topics',
  summary: 'Create a topic (Kafka validates it first with validateOnly)',
  params: clusterParams,
  body: createTopicBody,
  response: topicDetailSchema,
  status: 201,
  errors: [403, 409, 503, 504],
});

export const getTopicEndpoint = defineEndpoint({
  access: 'topics:read',
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}',
  tag: 'Topics',
  summary: 'One topic: partitions with leader, replicas, ISR, offline replicas and watermarks',
  params: topicPathParams,
  response: topicDetailSchema,
  errors: [503, 504],
});

export const deleteTopicEndpoint = defineEndpoint({
  access: 'topics:delete',
  method: 'delete',
  path: '/api/clusters/{cluster}/topics/{topic}',
  tag: 'Topics',
  summary: 'Delete a topic and all its records (confirm=<topic name> required)',
  description: PROTECTED,
  params: topicPathParams,
  query: deleteTopicQuery,
  response: deleteResultSchema,
  errors: [403, 503, 504],
});

export const getTopicConfigsEndpoint = defineEndpoint({
  access: 'topics:read',
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}/configs',
  tag: 'Topics',
  summary: "The topic's configuration: every entry with value, human value, type, Kafka's documentation, source and flags (sensitive values masked)",
  params: topicPathParams,
  response: topicConfigsSchema,
  errors: [503, 504],
});

export const patchTopicConfigsEndpoint = defineEndpoint({
  access: 'topics:config',
  method: 'patch',
  path: '/api/clusters/{cluster}/topics/{topic}/configs',
  tag: 'Topics',
  summary: 'Set or remove topic overrides with IncrementalAlterConfigs: only the keys named change, Kafka validates them first',
  description: PROTECTED,
  params: topicPathParams,
  body: configPatchBody,
  response: topicConfigsSchema,
  errors: [403, 503, 504],
});

export const addPartitionsEndpoint = defineEndpoint({
  access: 'topics:config',
  method: 'post',
  path: '/api/clusters/{cluster}/topics/{topic}/partitions',
  tag: 'Topics',
  summary: 'Grow the topic to a new total partition count (keys will map to different partitions)',
  description: PROTECTED,
  params: topicPathParams,
  body: addPartitionsBody,
  response: topicDetailSchema,
  errors: [403, 503, 504],
});

export const purgeTopicEndpoint = defineEndpoint({
  access: 'topics:delete',
  method: 'post',
  path: '/api/clusters/{cluster}/topics/{topic}/purge',
  tag: 'Topics',
  summary: 'Delete records below an offset per partition, or all records; answers the new low watermarks',
  description: PROTECTED,
  params: topicPathParams,
  body: purgeBody,
  response: purgeResultSchema,
  errors: [403, 503, 504],
});
