// All TanStack Query keys, cluster first, each beside the fetcher it goes with.
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './client';
import { endpointPath } from './endpoint';
import {
  getBrokerEndpoint,
  getClusterEndpoint,
  listBrokersEndpoint,
  listClustersEndpoint,
} from './endpoints/cluster';
import { browseMessagesEndpoint, getMessageEndpoint } from './endpoints/messages';
import type { BrowseQuery } from './schemas/messages';

/** How long a view may show data before refetching in the background. */
export const STALE_MS = { live: 5_000, metadata: 10_000 } as const;

export const keys = {
  clusters: () => ['clusters'] as const,
  cluster: (cluster: string) => ['clusters', cluster] as const,
  overview: (cluster: string) => [...keys.cluster(cluster), 'overview'] as const,
  brokers: (cluster: string) => [...keys.cluster(cluster), 'brokers'] as const,
  broker: (cluster: string, id: number) => [...keys.brokers(cluster), id] as const,
  messages: (cluster: string, topic: string) => [...keys.cluster(cluster), 'topics', topic, 'messages'] as const,
  messagePage: (cluster: string, topic: string, query: Partial<BrowseQuery>) => [...keys.messages(cluster, topic), 'page', query] as const,
  message: (cluster: string, topic: string, partition: number, offset: number) =>
    [...keys.messages(cluster, topic), partition, offset] as const,
};

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
