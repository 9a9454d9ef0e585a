import { defineEndpoint } from '../endpoint';
import { clusterParams } from '../schemas/common';
import {
  addPartitionsBody,
  configPatchBody,
  createTopicBody,
  deleteResultSchema,
  purgeBody,
  purgeResultSchema,
  topicConfigsSchema,
  topicDetailSchema,
  topicListQuery,
  topicListSchema,
  topicParams,
} from '../schemas/topics';

const topicPathParams = clusterParams.extend(topicParams.shape);

export const listTopicsEndpoint = defineEndpoint({
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
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}',
  tag: 'Topics',
  summary: 'One topic: partitions with leader, replicas, ISR, offline replicas and watermarks',
  params: topicPathParams,
  response: topicDetailSchema,
  errors: [503, 504],
});

export const deleteTopicEndpoint = defineEndpoint({
  method: 'delete',
  path: '/api/clusters/{cluster}/topics/{topic}',
  tag: 'Topics',
  summary: 'Delete a topic and all its records',
  params: topicPathParams,
  response: deleteResultSchema,
  errors: [403, 503, 504],
});

export const getTopicConfigsEndpoint = defineEndpoint({
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}/configs',
  tag: 'Topics',
  summary: "The topic's configuration: every entry with value, human value, type, Kafka's documentation, source and flags (sensitive values masked)",
  params: topicPathParams,
  response: topicConfigsSchema,
  errors: [503, 504],
});

export const patchTopicConfigsEndpoint = defineEndpoint({
  method: 'patch',
  path: '/api/clusters/{cluster}/topics/{topic}/configs',
  tag: 'Topics',
  summary: 'Set or remove topic overrides with IncrementalAlterConfigs: only the keys named change, Kafka validates them first',
  params: topicPathParams,
  body: configPatchBody,
  response: topicConfigsSchema,
  errors: [403, 503, 504],
});

export const addPartitionsEndpoint = defineEndpoint({
  method: 'post',
  path: '/api/clusters/{cluster}/topics/{topic}/partitions',
  tag: 'Topics',
  summary: 'Grow the topic to a new total partition count (keys will map to different partitions)',
  params: topicPathParams,
  body: addPartitionsBody,
  response: topicDetailSchema,
  errors: [403, 503, 504],
});

export const purgeTopicEndpoint = defineEndpoint({
  method: 'post',
  path: '/api/clusters/{cluster}/topics/{topic}/purge',
  tag: 'Topics',
  summary: 'Delete records below an offset per partition, or all records; answers the new low watermarks',
  params: topicPathParams,
  body: purgeBody,
  response: purgeResultSchema,
  errors: [403, 503, 504],
});
