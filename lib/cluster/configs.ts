import 'server-only';
// Topic and broker configuration: read with Kafka's documentation and types, shown with human values, and
// changed one key at a time (IncrementalAlterConfigs), validated by Kafka before it is applied.
import type { ConfigEntry } from '../api/schemas/cluster';
import type { ConfigPatch } from '../api/schemas/topics';
import { assertWritable, getCluster } from '../config/clusters';
import { CONFIG_OP, type DescribedConfig, describeConfigs, incrementalAlterConfigs, RESOURCE_TYPE } from '../kafka/configs';
import { toConfigEntry } from './config-entries';
import { configTypeName, humanConfigValue, planConfigOperations, showsChange } from './config-values';

/** A broker id, or 'default' for the cluster-wide dynamic default every broker inherits. */
export type BrokerScope = number | 'default';

function toEntries(configs: DescribedConfig[]): ConfigEntry[] {
  return configs
    .map((c) => {
      const type = configTypeName(c.type);
      const base = toConfigEntry({
        configName: c.name,
        configValue: c.value,
        readOnly: c.readOnly,
        isDefault: c.source === 5,
        configSource: c.source,
        isSensitive: c.sensitive,
      });
      return { ...base, type, documentation: c.documentation, display: humanConfigValue(c.name, base.value, type) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const topicResource = (topic: string) => ({ type: RESOURCE_TYPE.topic, name: topic });
const brokerResource = (scope: BrokerScope) => ({ type: RESOURCE_TYPE.broker, name: scope === 'default' ? '' : String(scope) });

/** How long a change may take to reach the broker that answers the re-read (KRaft applies it from the metadata log). */
const PROPAGATION_WAIT_MS = 3_000;
const PROPAGATION_POLL_MS = 150;

/**
 * Validates, applies, then re-reads until the change shows: the controller commits it at once, but the broker
 * asked next may serve the previous value for a moment, and answering that would look like a lost edit.
 */
async function alter(
  clusterName: string,
  resource: { type: number; name: string },
  patch: ConfigPatch,
  overrideSource: ConfigEntry['source'],
): Promise<ConfigEntry[]> {
  assertWritable(clusterName);
  const planned = planConfigOperations(patch);
  const ops = planned.map((o) => ({ name: o.name, op: CONFIG_OP[o.op], value: o.value }));
  await incrementalAlterConfigs(clusterName, resource, ops, true);
  await incrementalAlterConfigs(clusterName, resource, ops, false);
  const deadline = Date.now() + PROPAGATION_WAIT_MS;
  for (;;) {
    const entries = toEntries(await describeConfigs(clusterName, resource));
    if (showsChange(entries, planned, overrideSource) || Date.now() >= deadline) return entries;
    await new Promise((resolve) => setTimeout(resolve, PROPAGATION_POLL_MS));
  }
}

export async function getTopicConfigDetails(clusterName: string, topic: string): Promise<ConfigEntry[]> {
  getCluster(clusterName);
  return toEntries(await describeConfigs(clusterName, topicResource(topic)));
}

/** Sets and removes only the keys named; overrides someone else changed meanwhile are left as they are. */
export async function alterTopicConfigKeys(clusterName: string, topic: string, patch: ConfigPatch): Promise<ConfigEntry[]> {
  await getTopicConfigDetails(clusterName, topic); // 404 for a topic that does not exist
  return alter(clusterName, topicResource(topic), patch, 'dynamic-topic');
}

export async function getBrokerConfigDetails(clusterName: string, scope: BrokerScope): Promise<ConfigEntry[]> {
  getCluster(clusterName);
  return toEntries(await describeConfigs(clusterName, brokerResource(scope)));
}

/** Dynamic broker configuration, for one broker or (scope 'default') for all of them. */
export async function alterBrokerConfigKeys(clusterName: string, scope: BrokerScope, patch: ConfigPatch): Promise<ConfigEntry[]> {
  getCluster(clusterName);
  return alter(clusterName, brokerResource(scope), patch, scope === 'default' ? 'dynamic-default-broker' : 'dynamic-broker');
}
