import 'server-only';
// Connectors on the Connect clusters of one Kafka cluster: Connect's REST API is the source of truth, this
// module reads it, shapes it (./shape) and guards the changes (validate before create or edit).
import { badRequest, FluxoError, notFound } from '../errors';
import { getCluster } from '../config/clusters';
import type { ConnectClusterConfig } from '../config/schema';
import type {
  ConnectClusterSummary,
  ConnectorActionBody,
  ConnectorDetail,
  ConnectorList,
  ValidationResult,
} from '../api/schemas/connect';
import { getConsumerGroup } from '../groups/consumer-groups';
import { connectErrorFor } from './errors';
import { connectCall, connectFetch } from './rest';
import {
  describeValidation,
  failedFirst,
  maskConfig,
  type RawExpanded,
  sensitiveKeys,
  shapeConfigDefs,
  shapeValidation,
  summarizeConnector,
  toState,
  toType,
  unmaskConfig,
} from './shape';

const enc = encodeURIComponent;

export function connectClustersOf(cluster: string): ConnectClusterConfig[] {
  return getCluster(cluster).connect;
}

export function getConnectConfig(cluster: string, connect: string): ConnectClusterConfig {
  const found = connectClustersOf(cluster).find((c) => c.name === connect);
  if (!found) throw notFound(`Unknown Connect cluster "${connect}" on cluster "${cluster}"`);
  return found;
}

/** The URL without user info or query: what a viewer may see. */
function publicUrl(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}

export async function listConnectClusters(cluster: string): Promise<{ connectClusters: ConnectClusterSummary[] }> {
  const connectClusters = await Promise.all(
    connectClustersOf(cluster).map(async (c): Promise<ConnectClusterSummary> => {
      const base = { name: c.name, url: publicUrl(c.url), authentication: c.auth?.type ?? 'none' } as const;
      try {
        const root = await connectCall<{ version?: string; kafka_cluster_id?: string }>(c, 'GET', '/');
        return { ...base, reachable: true, version: root.version ?? null, kafkaClusterId: root.kafka_cluster_id ?? null };
      } catch (err) {
        return { ...base, reachable: false, version: null, kafkaClusterId: null, error: err instanceof Error ? err.message : String(err) };
      }
    }),
  );
  return { connectClusters };
}

/** Every connector of every Connect cluster (or one), failed first; a cluster that does not answer is listed apart. */
export async function listConnectors(cluster: string, connect?: string): Promise<ConnectorList> {
  const targets = connect ? [getConnectConfig(cluster, connect)] : connectClustersOf(cluster);
  const out: ConnectorList = { connectors: [], unreachable: [] };
  await Promise.all(
    targets.map(async (c) => {
      try {
        const raw = await connectCall<Record<string, RawExpanded>>(c, 'GET', '/connectors?expand=status&expand=info');
        for (const [name, entry] of Object.entries(raw ?? {})) out.connectors.push(summarizeConnector(c.name, name, entry));
      } catch (err) {
        out.unreachable.push({ connect: c.name, error: err instanceof Error ? err.message : String(err) });
      }
    }),
  );
  out.connectors.sort(failedFirst);
  return out;
}

/** Keys the plugin types as PASSWORD; an unknown plugin masks by name only. */
async function passwordKeys(c: ConnectClusterConfig, plugin: string): Promise<Set<string>> {
  if (!plugin) return new Set();
  const res = await connectFetch(c, 'GET', `/connector-plugins/${enc(plugin)}/config`).catch(() => null);
  if (!res || res.status !== 200) return new Set();
  return new Set(shapeConfigDefs(res.body).filter((d) => d.type === 'PASSWORD').map((d) => d.name));
}

async function storedConfig(c: ConnectClusterConfig, name: string): Promise<Record<string, string>> {
  return connectCall<Record<string, string>>(c, 'GET', `/connectors/${enc(name)}/config`);
}

async function sinkGroup(cluster: string, groupId: string): Promise<NonNullable<ConnectorDetail['sinkGroup']>> {
  try {
    const group = await getConsumerGroup(cluster, groupId);
    return { groupId, totalLag: group.totalLag };
  } catch (err) {
    return { groupId, totalLag: null, error: err instanceof Error ? err.message : String(err) };
  }
}

export async function getConnector(cluster: string, connect: string, name: string): Promise<ConnectorDetail> {
  const c = getConnectConfig(cluster, connect);
  const [info, statusRes, topicsRes] = await Promise.all([
    connectCall<{ config: Record<string, string>; type?: string }>(c, 'GET', `/connectors/${enc(name)}`),
    connectFetch(c, 'GET', `/connectors/${enc(name)}/status`),
    connectFetch(c, 'GET', `/connectors/${enc(name)}/topics`),
  ]);
  // Right after a create, the config exists before the worker has written any status: not yet assigned.
  if (statusRes.status !== 200 && statusRes.status !== 404) throw connectErrorFor(connect, statusRes.status, statusRes.body);
  const status: NonNullable<RawExpanded['status']> =
    statusRes.status === 200 ? (statusRes.body as NonNullable<RawExpanded['status']>) : { connector: { state: 'UNASSIGNED' }, tasks: [], type: info.type };
  const summary = summarizeConnector(connect, name, { info, status });
  const masked = sensitiveKeys(info.config, await passwordKeys(c, summary.plugin));
  const active = topicsRes.status === 200 ? (topicsRes.body as Record<string, { topics?: string[] }>)[name]?.topics ?? [] : null;
  const groupId = info.config['consumer.override.group.id'] ?? `connect-${name}`;
  return {
    ...summary,
    config: maskConfig(info.config, masked),
    maskedKeys: masked,
    trace: status.connector?.trace ?? null,
    activeTopics: active,
    sinkGroup: summary.type === 'sink' ? await sinkGroup(cluster, groupId) : null,
  };
}

export async function listPlugins(cluster: string, connect: string) {
  const raw = await connectCall<{ class: string; type?: string; version?: string }[]>(getConnectConfig(cluster, connect), 'GET', '/connector-plugins');
  return {
    plugins: (raw ?? [])
      .map((p) => ({ class: p.class, type: toType(p.type), version: p.version ?? null }))
      .sort((a, b) => a.class.localeCompare(b.class)),
  };
}

export async function getPluginConfig(cluster: string, connect: string, plugin: string) {
  const raw = await connectCall(getConnectConfig(cluster, connect), 'GET', `/connector-plugins/${enc(plugin)}/config`);
  return { plugin, definitions: shapeConfigDefs(raw) };
}

export async function validateConfig(cluster: string, connect: string, plugin: string, config: Record<string, string>): Promise<ValidationResult> {
  const c = getConnectConfig(cluster, connect);
  const raw = await connectCall(c, 'PUT', `/connector-plugins/${enc(plugin)}/config/validate`, { 'connector.class': plugin, ...config });
  return shapeValidation(plugin, raw);
}

/** Validates, and refuses with every bad field named, before Connect sees a create or an edit. */
async function assertValid(cluster: string, connect: string, config: Record<string, string>) {
  const plugin = config['connector.class'];
  if (!plugin) throw badRequest('connector.class: choose the connector plugin');
  const result = await validateConfig(cluster, connect, plugin, config);
  if (result.errorCount > 0) throw badRequest(describeValidation(result));
}

export async function createConnector(cluster: string, connect: string, name: string, config: Record<string, string>) {
  const c = getConnectConfig(cluster, connect);
  const full = { ...config, name };
  const existing = await connectFetch(c, 'GET', `/connectors/${enc(name)}`);
  if (existing.status === 200) throw new FluxoError('conflict', `A connector named "${name}" already exists on "${connect}"`);
  await assertValid(cluster, connect, full);
  await connectCall(c, 'POST', '/connectors', { name, config: full });
  return getConnector(cluster, connect, name);
}

export async function updateConnectorConfig(cluster: string, connect: string, name: string, edited: Record<string, string>) {
  const c = getConnectConfig(cluster, connect);
  const config = { ...unmaskConfig(edited, await storedConfig(c, name)), name };
  await assertValid(cluster, connect, config);
  await connectCall(c, 'PUT', `/connectors/${enc(name)}/config`, config);
  return getConnector(cluster, connect, name);
}

export async function connectorAction(cluster: string, connect: string, name: string, body: ConnectorActionBody) {
  const c = getConnectConfig(cluster, connect);
  const path = `/connectors/${enc(name)}`;
  if (body.action === 'restart') {
    const answer = await connectCall<{ connector?: { state?: string } } | null>(
      c, 'POST', `${path}/restart?includeTasks=${body.includeTasks}&onlyFailed=${body.onlyFailed}`,
    );
    return { ok: true as const, state: answer?.connector?.state ? toState(answer.connector.state) : null };
  }
  await connectCall(c, 'PUT', `${path}/${body.action}`);
  return { ok: true as const, state: null };
}

export async function restartTask(cluster: string, connect: string, name: string, task: number) {
  await connectCall(getConnectConfig(cluster, connect), 'POST', `/connectors/${enc(name)}/tasks/${task}/restart`);
  return { ok: true as const, state: null };
}

export async function deleteConnector(cluster: string, connect: string, name: string) {
  await connectCall(getConnectConfig(cluster, connect), 'DELETE', `/connectors/${enc(name)}`);
  return { ok: true as const, state: null };
}

export async function getOffsets(cluster: string, connect: string, name: string) {
  const raw = await connectCall<{ offsets?: { partition: Record<string, unknown>; offset: Record<string, unknown> | null }[] }>(
    getConnectConfig(cluster, connect), 'GET', `/connectors/${enc(name)}/offsets`,
  );
  return { offsets: raw?.offsets ?? [] };
}

/** KIP-875: Connect itself refuses (409 → conflict) unless the connector is STOPPED. */
export async function alterOffsets(cluster: string, connect: string, name: string, offsets: { offsets: unknown[] }) {
  const raw = await connectCall<{ message?: string }>(getConnectConfig(cluster, connect), 'PATCH', `/connectors/${enc(name)}/offsets`, offsets);
  return { message: raw?.message ?? 'Offsets altered' };
}

export async function resetOffsets(cluster: string, connect: string, name: string) {
  const raw = await connectCall<{ message?: string }>(getConnectConfig(cluster, connect), 'DELETE', `/connectors/${enc(name)}/offsets`);
  return { message: raw?.message ?? 'Offsets reset' };
}


/** The overview page's one call: reachability of each Connect cluster and all connectors. */
export async function connectOverview(cluster: string) {
  const [clusters, connectors] = await Promise.all([listConnectClusters(cluster), listConnectors(cluster)]);
  return { ...clusters, ...connectors };
}
