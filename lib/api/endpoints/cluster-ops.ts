import { defineEndpoint } from '../endpoint';
import { aclFilterSchema, aclListSchema, createAclsBody, deleteAclsBody, deletedAclsSchema } from '../schemas/acls';
import { brokerConfigParams, electionResultSchema, electLeadersBody, leadershipReportSchema } from '../schemas/cluster-ops';
import { configEntrySchema } from '../schemas/cluster';
import { clusterParams } from '../schemas/common';
import { alterQuotaBody, quotaListSchema } from '../schemas/quotas';
import { clusterSizesSchema, topicSizesSchema } from '../schemas/sizes';
import { configPatchBody, topicParams } from '../schemas/topics';
import { z } from '../../zod';

const brokerConfigsSchema = z.array(configEntrySchema).openapi('BrokerConfigs');

export const getClusterSizesEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/clusters/{cluster}/sizes',
  tag: 'Sizes',
  summary: 'Bytes on disk per broker, log dir (with volume total and free bytes) and topic, from DescribeLogDirs',
  params: clusterParams,
  response: clusterSizesSchema,
  errors: [503, 504],
});

export const getTopicSizesEndpoint = defineEndpoint({
  access: 'topics:read',
  method: 'get',
  path: '/api/clusters/{cluster}/topics/{topic}/sizes',
  tag: 'Sizes',
  summary: "Bytes on disk of the topic's partitions, per replica and log dir",
  params: clusterParams.extend(topicParams.shape),
  response: topicSizesSchema,
  errors: [503, 504],
});

export const getBrokerConfigsEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/clusters/{cluster}/brokers/{id}/configs',
  tag: 'Brokers',
  summary: "A broker's configuration (id), or the cluster-wide dynamic defaults (id \"default\"), with Kafka's documentation and human values",
  params: brokerConfigParams,
  response: brokerConfigsSchema,
  errors: [503, 504],
});

export const patchBrokerConfigsEndpoint = defineEndpoint({
  access: 'cluster:configure',
  method: 'patch',
  path: '/api/clusters/{cluster}/brokers/{id}/configs',
  tag: 'Brokers',
  summary: 'Set or remove dynamic broker configuration with IncrementalAlterConfigs (validated by Kafka first); id "default" changes every broker',
  params: brokerConfigParams,
  body: configPatchBody,
  response: brokerConfigsSchema,
  errors: [403, 503, 504],
});

export const getLeadershipEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/clusters/{cluster}/leadership',
  tag: 'Operations',
  summary: 'Partition leaders and preferred leaders per broker, partitions an election would move, and an imbalance warning',
  params: clusterParams,
  response: leadershipReportSchema,
  errors: [503, 504],
});

export const electLeadersEndpoint = defineEndpoint({
  access: 'reassignments:write',
  method: 'post',
  path: '/api/clusters/{cluster}/leadership/elect',
  tag: 'Operations',
  summary: 'Preferred leader election (ElectLeaders) for every partition whose preferred replica is in sync but not leading',
  description: 'Body { confirm: true }. Refused on read-only clusters. Leaders move; no data moves.',
  params: clusterParams,
  body: electLeadersBody,
  response: electionResultSchema,
  errors: [403, 503, 504],
});

export const listAclsEndpoint = defineEndpoint({
  access: 'acls:read',
  method: 'get',
  path: '/api/clusters/{cluster}/acls',
  tag: 'ACLs',
  summary: 'ACLs matching a filter (principal, host, operation, permission, resource type, name and pattern type); also the preview of a delete',
  params: clusterParams,
  query: aclFilterSchema,
  response: aclListSchema,
  errors: [503, 504],
});

export const createAclsEndpoint = defineEndpoint({
  access: 'acls:write',
  method: 'post',
  path: '/api/clusters/{cluster}/acls',
  tag: 'ACLs',
  summary: 'Create ACLs (CreateAcls); refused on read-only clusters and clusters without an authorizer',
  params: clusterParams,
  body: createAclsBody,
  response: aclListSchema,
  status: 201,
  errors: [403, 503, 504],
});

export const deleteAclsEndpoint = defineEndpoint({
  access: 'acls:write',
  method: 'delete',
  path: '/api/clusters/{cluster}/acls',
  tag: 'ACLs',
  summary: 'Delete every ACL a filter matches (DeleteAcls) and answer them; body { filter, confirm: true }',
  params: clusterParams,
  body: deleteAclsBody,
  response: deletedAclsSchema,
  errors: [403, 503, 504],
});

export const listQuotasEndpoint = defineEndpoint({
  access: 'quotas:read',
  method: 'get',
  path: '/api/clusters/{cluster}/quotas',
  tag: 'Quotas',
  summary: 'Client quotas (producer/consumer byte rates, request percentage) per user, client id, both, or their defaults',
  params: clusterParams,
  response: quotaListSchema,
  errors: [503, 504],
});

export const alterQuotaEndpoint = defineEndpoint({
  access: 'quotas:write',
  method: 'patch',
  path: '/api/clusters/{cluster}/quotas',
  tag: 'Quotas',
  summary: 'Set or remove quotas of one entity (AlterClientQuotas, validated by Kafka first); answers every quota',
  params: clusterParams,
  body: alterQuotaBody,
  response: quotaListSchema,
  errors: [403, 503, 504],
});
