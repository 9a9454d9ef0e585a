import 'server-only';
// Topic and broker configuration through DescribeConfigs v4 (with documentation) and IncrementalAlterConfigs
// (one key at a time, so concurrent edits of different keys never overwrite each other).
import { FluxoError, notFound } from '../errors';
import { sendToBroker } from './broker-request';
import { kafkaRefusal } from './kafka-error-codes';
import { getClusterMetadata } from './metadata';
import {
  type AlterConfigsResource,
  type ConfigOperation,
  type ConfigResourceRef,
  DESCRIBE_CONFIGS,
  type DescribedConfig,
  decodeDescribeConfigs,
  decodeIncrementalAlterConfigs,
  encodeDescribeConfigs,
  encodeIncrementalAlterConfigs,
  INCREMENTAL_ALTER_CONFIGS,
  RESOURCE_TYPE,
} from './protocol/configs';

export { CONFIG_OP, RESOURCE_TYPE, type ConfigOperation, type DescribedConfig } from './protocol/configs';

/**
 * A broker's own configuration is known only to that broker, so it is asked there; topics and the
 * cluster-wide broker default can be asked of any broker.
 */
async function brokerFor(clusterName: string, resource: ConfigResourceRef): Promise<number> {
  const md = await getClusterMetadata(clusterName);
  if (resource.type === RESOURCE_TYPE.broker && resource.name !== '') {
    const id = Number(resource.name);
    if (!md.brokers.some((b) => b.id === id)) throw notFound(`Broker ${resource.name} is not in cluster "${clusterName}"`);
    return id;
  }
  const any = md.controllerId ?? md.brokers[0]?.id;
  if (any === undefined) throw new FluxoError('unavailable', `Cluster "${clusterName}" has no live broker`);
  return any;
}


export async function describeConfigs(clusterName: string, resource: ConfigResourceRef): Promise<DescribedConfig[]> {
  const brokerId = await brokerFor(clusterName, resource);
  const results = await sendToBroker(clusterName, brokerId, {
    apiKey: DESCRIBE_CONFIGS.apiKey,
    apiName: 'DescribeConfigs',
    minVersion: DESCRIBE_CONFIGS.version,
    maxVersion: DESCRIBE_CONFIGS.version,
    encode: () => encodeDescribeConfigs([resource]),
    decode: decodeDescribeConfigs,
  });
  const result = results[0];
  if (!result) throw new FluxoError('internal', 'DescribeConfigs answered without the resource');
  if (result.errorCode !== 0) throw kafkaRefusal(clusterName, result.errorCode, result.errorMessage);
  return result.configs;
}

/** Sends the operations; with validateOnly Kafka checks them without applying anything. */
export async function incrementalAlterConfigs(
  clusterName: string,
  resource: ConfigResourceRef,
  configs: ConfigOperation[],
  validateOnly: boolean,
): Promise<void> {
  const brokerId = await brokerFor(clusterName, resource);
  const target: AlterConfigsResource = { ...resource, configs };
  const results = await sendToBroker(clusterName, brokerId, {
    apiKey: INCREMENTAL_ALTER_CONFIGS.apiKey,
    apiName: 'IncrementalAlterConfigs',
    minVersion: INCREMENTAL_ALTER_CONFIGS.version,
    maxVersion: INCREMENTAL_ALTER_CONFIGS.version,
    encode: () => encodeIncrementalAlterConfigs([target], validateOnly),
    decode: decodeIncrementalAlterConfigs,
  });
  const failed = results.find((r) => r.errorCode !== 0);
  if (failed) throw kafkaRefusal(clusterName, failed.errorCode, failed.errorMessage);
}
