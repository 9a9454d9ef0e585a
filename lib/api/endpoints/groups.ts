import { z } from '../../zod';
import { defineEndpoint } from '../endpoint';
import { clusterParams } from '../schemas/common';
import {
  deleteGroupQuery,
  deleteGroupResultSchema,
  groupDetailSchema,
  groupListQuery,
  groupListSchema,
  groupParams,
  lagHistoryQuery,
  lagHistorySchema,
  resetOffsetsBody,
  resetOffsetsResultSchema,
} from '../schemas/groups';

const groupPathParams = clusterParams.extend(groupParams.shape);

export const listGroupsEndpoint = defineEndpoint({
  access: 'groups:read',
  method: 'get',
  path: '/api/clusters/{cluster}/consumer-groups',
  tag: 'Consumer groups',
  summary: 'Consumer groups with state, members, total lag and health verdict, largest lag first',
  description:
    'One lag snapshot: ListGroups per broker, DescribeGroups per coordinator, OffsetFetch per group, and end offsets fetched once per ' +
    'partition leader for all groups. The first request starts the lag sampler for this cluster.',
  params: clusterParams,
  query: groupListQuery,
  response: groupListSchema,
  errors: [503, 504],
});

export const getGroupEndpoint = defineEndpoint({
  access: 'groups:read',
  method: 'get',
  path: '/api/clusters/{cluster}/consumer-groups/{group}',
  tag: 'Consumer groups',
  summary: 'One group: members with assignments, per-partition committed offset, end offset, lag, lag in time (estimate) and verdict',
  description:
    'lag = logEndOffset − committedOffset, as kafka-consumer-groups --describe prints it; with nothing committed, the whole retained partition ' +
    '(lagBasis "uncommitted"). lagSeconds is an ESTIMATE: the age of the next unread message, from its timestamp.',
  params: groupPathParams,
  response: groupDetailSchema,
  errors: [503, 504],
});

export const getLagHistoryEndpoint = defineEndpoint({
  access: 'groups:read',
  method: 'get',
  path: '/api/clusters/{cluster}/consumer-groups/{group}/history',
  tag: 'Consumer groups',
  summary: "A group's lag over time, total and per topic, with the verdict at each sample",
  description:
    "Read from Fluxo's lag history topic (FLUXO_LAG_HISTORY_TOPIC); on read-only clusters, from this server's memory (last 120 samples).",
  params: groupPathParams,
  query: lagHistoryQuery,
  response: lagHistorySchema,
  errors: [503, 504],
});

export const resetOffsetsEndpoint = defineEndpoint({
  access: 'groups:reset',
  method: 'post',
  path: '/api/clusters/{cluster}/consumer-groups/{group}/offsets',
  tag: 'Consumer groups',
  summary: "Reset a group's offsets on one topic (dry run by default: a before/after preview)",
  description:
    'Targets outside the retained log are clamped to it; a time with no later message resolves to the log end, as kafka-consumer-groups does. ' +
    'Refused with 409 while the group has members, and with 403 on a read-only cluster.',
  params: groupPathParams,
  body: resetOffsetsBody,
  response: resetOffsetsResultSchema,
  errors: [403, 409, 503, 504],
});

export const deleteGroupEndpoint = defineEndpoint({
  access: 'groups:delete',
  method: 'delete',
  path: '/api/clusters/{cluster}/consumer-groups/{group}',
  tag: 'Consumer groups',
  summary: 'Delete a group and its committed offsets (confirm=<group id> required)',
  params: groupPathParams,
  query: deleteGroupQuery,
  response: deleteGroupResultSchema,
  errors: [403, 409, 503, 504],
});

export const groupMetricsEndpoint = defineEndpoint({
  access: 'groups:read',
  method: 'get',
  path: '/api/clusters/{cluster}/consumer-group-metrics',
  tag: 'Consumer groups',
  summary: 'Prometheus exporter: lag per group and partition (messages), lag in time per group (seconds, estimate) and verdicts',
  description:
    'Prometheus text format, named after kminion with a fluxo_ prefix: fluxo_consumer_group_topic_partition_lag, fluxo_consumer_group_lag, ' +
    'fluxo_consumer_group_lag_seconds, fluxo_consumer_group_status, fluxo_consumer_group_info, fluxo_consumer_group_members, ' +
    'fluxo_consumer_group_topic_partition_committed_offset, fluxo_lag_sampler_lease_held (see README "Lag exporter").',
  params: clusterParams,
  response: z.string(),
  contentType: 'text/plain',
  errors: [503, 504],
});
