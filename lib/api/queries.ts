// All TanStack Query keys, cluster first, each beside the fetcher it goes with.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import {
  createTokenEndpoint, getSessionEndpoint, listAuditEndpoint, listTokensEndpoint, oidcLoginEndpoint, revokeTokenEndpoint, signInEndpoint,
  signOutEndpoint,
} from './endpoints/access';
import { endpointPath } from './endpoint';
import {
  getBrokerEndpoint,
  getClusterEndpoint,
  listBrokersEndpoint,
  listClustersEndpoint,
} from './endpoints/cluster';
import { getTopicConfigsEndpoint, getTopicEndpoint, listTopicsEndpoint } from './endpoints/topics';
import { getBrokerConfigsEndpoint, getClusterSizesEndpoint, getLeadershipEndpoint, getTopicSizesEndpoint, listAclsEndpoint, listQuotasEndpoint } from './endpoints/cluster-ops';
import type { AclFilter } from './schemas/acls';
import type { TopicListView } from '../topics/url-state';
import { getGroupEndpoint, getLagHistoryEndpoint, listGroupsEndpoint } from './endpoints/groups';
import { browseMessagesEndpoint, getMessageEndpoint } from './endpoints/messages';
import { paymentSummaryEndpoint } from './endpoints/payments';
import { listTransactionsEndpoint } from './endpoints/transactions';
import { listReassignmentsEndpoint } from './endpoints/reassignments';
import type { BrowseQuery } from './schemas/messages';
import { connectOverviewEndpoint, getConnectorEndpoint, getOffsetsEndpoint, listPluginsEndpoint, pluginConfigEndpoint } from './endpoints/connect';

/** How long a view may show data before refetching in the background. */
export const STALE_MS = { live: 5_000, metadata: 10_000 } as const;

export const keys = {
  session: () => ['session'] as const,
  tokens: () => ['session', 'tokens'] as const,
  clusters: () => ['clusters'] as const,
  cluster: (cluster: string) => ['clusters', cluster] as const,
  overview: (cluster: string) => [...keys.cluster(cluster), 'overview'] as const,
  brokers: (cluster: string) => [...keys.cluster(cluster), 'brokers'] as const,
  broker: (cluster: string, id: number) => [...keys.brokers(cluster), id] as const,
  topics: (cluster: string) => [...keys.cluster(cluster), 'topics'] as const,
  topic: (cluster: string, topic: string) => [...keys.topics(cluster), 'topic', topic] as const,
  messages: (cluster: string, topic: string) => [...keys.topic(cluster, topic), 'messages'] as const,
  messagePage: (cluster: string, topic: string, query: Partial<BrowseQuery>) => [...keys.messages(cluster, topic), 'page', query] as const,
  message: (cluster: string, topic: string, partition: number, offset: number) =>
    [...keys.messages(cluster, topic), partition, offset] as const,
  groups: (cluster: string) => [...keys.cluster(cluster), 'consumer-groups'] as const,
  transactions: (cluster: string) => [...keys.cluster(cluster), 'transactions'] as const,
  group: (cluster: string, group: string) => [...keys.groups(cluster), group] as const,
  lagHistory: (cluster: string, group: string, minutes: number) => [...keys.group(cluster, group), 'history', minutes] as const,
  connect: (cluster: string) => [...keys.cluster(cluster), 'connect'] as const,
  connector: (cluster: string, connect: string, name: string) => [...keys.connect(cluster), connect, 'connector', name] as const,
  connectorOffsets: (cluster: string, connect: string, name: string) => [...keys.connector(cluster, connect, name), 'offsets'] as const,
  connectPlugins: (cluster: string, connect: string) => [...keys.connect(cluster), connect, 'plugins'] as const,
  connectPluginConfig: (cluster: string, connect: string, plugin: string) => [...keys.connectPlugins(cluster, connect), plugin] as const,
  paymentSummary: (cluster: string, range: PaymentRange) => [...keys.cluster(cluster), 'payments', 'summary', range] as const,
  audit: (cluster: string, filter: AuditView) => [...keys.cluster(cluster), 'audit', filter] as const,
  allBrokerConfigs: (cluster: string) => [...keys.brokers(cluster), 'configs'] as const,
  brokerConfigs: (cluster: string, scope: number | 'default') => [...keys.allBrokerConfigs(cluster), scope] as const,
  sizes: (cluster: string) => [...keys.cluster(cluster), 'sizes'] as const,
  topicSizes: (cluster: string, topic: string) => [...keys.topic(cluster, topic), 'sizes'] as const,
  leadership: (cluster: string) => [...keys.cluster(cluster), 'leadership'] as const,
  acls: (cluster: string) => [...keys.cluster(cluster), 'acls'] as const,
  quotas: (cluster: string) => [...keys.cluster(cluster), 'quotas'] as const,
  reassignments: (cluster: string) => [...keys.cluster(cluster), 'reassignments'] as const,
};

/** Who is signed in and what they may do; refreshed now and then so an ended session shows. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: keys.session(),
    queryFn: ({ signal }) => apiGet(getSessionEndpoint.path, getSessionEndpoint.response, signal),
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });

export const signIn = (username: string, password: string) =>
  apiSend('POST', signInEndpoint.path, { username, password }, signInEndpoint.response);

export const signOut = () => apiSend('POST', signOutEndpoint.path, undefined, signOutEndpoint.response);

export const oidcLoginHref = (next: string) => endpointPath(oidcLoginEndpoint, {}, { next });

export const tokensQuery = () =>
  queryOptions({
    queryKey: keys.tokens(),
    queryFn: ({ signal }) => apiGet(listTokensEndpoint.path, listTokensEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
  });

export const createToken = (input: { name: string; role: string; clusters: string[] }) =>
  apiSend('POST', createTokenEndpoint.path, input, createTokenEndpoint.response);

export const revokeToken = (id: string) =>
  apiSend('DELETE', endpointPath(revokeTokenEndpoint, { id }), undefined, revokeTokenEndpoint.response);

export interface AuditView {
  user?: string;
  action?: string;
}

export const auditQuery = (cluster: string, filter: AuditView) =>
  queryOptions({
    queryKey: keys.audit(cluster, filter),
    queryFn: ({ signal }) =>
      apiGet(endpointPath(listAuditEndpoint, { cluster }, { ...filter, limit: 500 }), listAuditEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 10_000,
  });

/** A range of the payments page: the last N minutes (live, re-anchored at each refetch) or fixed instants. */
export type PaymentRange = { lastMinutes: number } | { from: string; to: string };

function paymentRangeQuery(range: PaymentRange) {
  if ('from' in range) return { from: range.from, to: range.to };
  const to = Date.now();
  return { from: new Date(to - range.lastMinutes * 60_000).toISOString(), to: new Date(to).toISOString() };
}

export const paymentSummaryQuery = (cluster: string, range: PaymentRange) =>
  queryOptions({
    queryKey: keys.paymentSummary(cluster, range),
    queryFn: ({ signal }) =>
      apiGet(endpointPath(paymentSummaryEndpoint, { cluster }, paymentRangeQuery(range)), paymentSummaryEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 'lastMinutes' in range ? 5_000 : false,
  });

export const clustersQuery = () =>
  queryOptions({
    queryKey: keys.clusters(),
    queryFn: ({ signal }) => apiGet(listClustersEndpoint.path, listClustersEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
  });

export const overviewQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.overview(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(getClusterEndpoint, { cluster }), getClusterEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 10_000,
  });

export const brokersQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.brokers(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(listBrokersEndpoint, { cluster }), listBrokersEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 10_000,
  });

export const brokerQuery = (cluster: string, id: number) =>
  queryOptions({
    queryKey: keys.broker(cluster, id),
    queryFn: ({ signal }) => apiGet(endpointPath(getBrokerEndpoint, { cluster, id }), getBrokerEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
  });

/** The list view as the URL holds it, plus how many rows a page shows. */
export type TopicListParams = TopicListView & { pageSize: number };

export const topicsQuery = (cluster: string, params: TopicListParams) =>
  queryOptions({
    queryKey: [...keys.topics(cluster), 'list', params] as const,
    queryFn: ({ signal }) =>
      apiGet(endpointPath(listTopicsEndpoint, { cluster }, { ...params }), listTopicsEndpoint.response, signal),
    staleTime: STALE_MS.live,
    placeholderData: keepPreviousData,
  });

export const topicQuery = (cluster: string, topic: string) =>
  queryOptions({
    queryKey: keys.topic(cluster, topic),
    queryFn: ({ signal }) => apiGet(endpointPath(getTopicEndpoint, { cluster, topic }), getTopicEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 10_000,
  });

export const topicConfigsQuery = (cluster: string, topic: string) =>
  queryOptions({
    queryKey: [...keys.topic(cluster, topic), 'configs'] as const,
    queryFn: ({ signal }) =>
      apiGet(endpointPath(getTopicConfigsEndpoint, { cluster, topic }), getTopicConfigsEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
  });

export const groupsQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.groups(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(listGroupsEndpoint, { cluster }), listGroupsEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 10_000,
  });

export const transactionsQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.transactions(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(listTransactionsEndpoint, { cluster }), listTransactionsEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 10_000,
  });

export const groupQuery = (cluster: string, group: string) =>
  queryOptions({
    queryKey: keys.group(cluster, group),
    queryFn: ({ signal }) => apiGet(endpointPath(getGroupEndpoint, { cluster, group }), getGroupEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 10_000,
  });

export const lagHistoryQuery = (cluster: string, group: string, minutes: number) =>
  queryOptions({
    queryKey: keys.lagHistory(cluster, group, minutes),
    queryFn: ({ signal }) =>
      apiGet(endpointPath(getLagHistoryEndpoint, { cluster, group }, { minutes }), getLagHistoryEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 5_000,
  });

/** A page of messages; kept while the next page loads so the table does not flash empty. */
export const messagePageQuery = (cluster: string, topic: string, query: Partial<BrowseQuery>) =>
  queryOptions({
    queryKey: keys.messagePage(cluster, topic, query),
    queryFn: ({ signal }) =>
      apiGet(endpointPath(browseMessagesEndpoint, { cluster, topic }, query), browseMessagesEndpoint.response, signal),
    staleTime: STALE_MS.live,
  });

export const messageQuery = (cluster: string, topic: string, partition: number, offset: number) =>
  queryOptions({
    queryKey: keys.message(cluster, topic, partition, offset),
    queryFn: ({ signal }) =>
      apiGet(endpointPath(getMessageEndpoint, { cluster, topic, partition, offset }), getMessageEndpoint.response, signal),
    staleTime: Infinity,
  });

export const connectOverviewQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.connect(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(connectOverviewEndpoint, { cluster }), connectOverviewEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 5_000,
  });

export const connectorQuery = (cluster: string, connect: string, name: string) =>
  queryOptions({
    queryKey: keys.connector(cluster, connect, name),
    queryFn: ({ signal }) => apiGet(endpointPath(getConnectorEndpoint, { cluster, connect, connector: name }), getConnectorEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 3_000,
  });

export const connectorOffsetsQuery = (cluster: string, connect: string, name: string) =>
  queryOptions({
    queryKey: keys.connectorOffsets(cluster, connect, name),
    queryFn: ({ signal }) => apiGet(endpointPath(getOffsetsEndpoint, { cluster, connect, connector: name }), getOffsetsEndpoint.response, signal),
    staleTime: STALE_MS.live,
  });

export const connectPluginsQuery = (cluster: string, connect: string) =>
  queryOptions({
    queryKey: keys.connectPlugins(cluster, connect),
    queryFn: ({ signal }) => apiGet(endpointPath(listPluginsEndpoint, { cluster, connect }), listPluginsEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
  });

export const connectPluginConfigQuery = (cluster: string, connect: string, plugin: string) =>
  queryOptions({
    queryKey: keys.connectPluginConfig(cluster, connect, plugin),
    queryFn: ({ signal }) => apiGet(endpointPath(pluginConfigEndpoint, { cluster, connect, plugin }), pluginConfigEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
  });

export const brokerConfigsQuery = (cluster: string, scope: number | 'default') =>
  queryOptions({
    queryKey: keys.brokerConfigs(cluster, scope),
    queryFn: ({ signal }) => apiGet(endpointPath(getBrokerConfigsEndpoint, { cluster, id: scope }), getBrokerConfigsEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
  });

export const clusterSizesQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.sizes(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(getClusterSizesEndpoint, { cluster }), getClusterSizesEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
    refetchInterval: 30_000,
  });

export const topicSizesQuery = (cluster: string, topic: string) =>
  queryOptions({
    queryKey: keys.topicSizes(cluster, topic),
    queryFn: ({ signal }) => apiGet(endpointPath(getTopicSizesEndpoint, { cluster, topic }), getTopicSizesEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
    refetchInterval: 30_000,
  });

export const leadershipQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.leadership(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(getLeadershipEndpoint, { cluster }), getLeadershipEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 10_000,
  });

export const aclsQuery = (cluster: string, filter: Partial<AclFilter>) =>
  queryOptions({
    queryKey: [...keys.acls(cluster), filter] as const,
    queryFn: ({ signal }) => apiGet(endpointPath(listAclsEndpoint, { cluster }, filter), listAclsEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
    placeholderData: keepPreviousData,
  });

export const quotasQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.quotas(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(listQuotasEndpoint, { cluster }), listQuotasEndpoint.response, signal),
    staleTime: STALE_MS.metadata,
  });

/** Polled while the page is open: a move's progress changes by the second. */
export const reassignmentsQuery = (cluster: string) =>
  queryOptions({
    queryKey: keys.reassignments(cluster),
    queryFn: ({ signal }) => apiGet(endpointPath(listReassignmentsEndpoint, { cluster }), listReassignmentsEndpoint.response, signal),
    staleTime: STALE_MS.live,
    refetchInterval: 2_000,
  });
