import 'server-only';
// Topic and broker configuration: read with Kafka's documentation and types, shown with human values, and
// changed one key at a time (IncrementalAlterConfigs), validated by Kafka before it is applied.
import type { ConfigEntry } from '../api/schemas/cluster';
import type { ConfigPatch } from '../api/schemas/topics';
import { assertWritable, getCluster } from '../config/clusters';
import { CONFIG_OP, type DescribedConfig, describeConfigs, incrementalAlterConfigs, RESOURCE_TYPE } from '../kafka/configs';
import { toConfigEntry } from './config-entries';
import { configTypeName, humanConfigValue, planConfigOperations, showsChange } from './config-values';
import { readUntil } from './read-until';

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

/** Validates, applies, then re-reads until the change shows (see read-until.ts). */
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
  return readUntil(
    async () => toEntries(await describeConfigs(clusterName, resource)),
    (entries) => showsChange(entries, planned, overrideSource),
  );
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
