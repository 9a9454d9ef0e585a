import { defineEndpoint } from '../endpoint';
import {
  brokerDetailSchema,
  brokerListSchema,
  brokerParams,
  clusterListSchema,
  clusterOverviewSchema,
} from '../schemas/cluster';
import { clusterParams } from '../schemas/common';

export const listClustersEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/clusters',
  tag: 'Clusters',
  summary: 'List configured clusters and whether each is reachable',
  response: clusterListSchema,
});

export const getClusterEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/clusters/{cluster}',
  tag: 'Clusters',
  summary: 'Cluster overview: id, controller, brokers, topic and partition counts, replication health',
  params: clusterParams,
  response: clusterOverviewSchema,
  errors: [503, 504],
});

export const listBrokersEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/clusters/{cluster}/brokers',
  tag: 'Brokers',
  summary: 'Brokers with rack, controller flag and partition counts',
  params: clusterParams,
  response: brokerListSchema,
  errors: [503, 504],
});

export const getBrokerEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/clusters/{cluster}/brokers/{id}',
  tag: 'Brokers',
  summary: "One broker and its configuration (sensitive values masked)",
  params: clusterParams.extend(brokerParams.shape),
  response: brokerDetailSchema,
  errors: [503, 504],
});
