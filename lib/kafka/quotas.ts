import 'server-only';
// Client quotas (DescribeClientQuotas, AlterClientQuotas), asked of any broker; KRaft forwards changes to the controller.
import { FluxoError } from '../errors';
import { sendToBroker } from './broker-request';
import { kafkaRefusal } from './kafka-error-codes';
import { getClusterMetadata } from './metadata';
import {
  ALTER_CLIENT_QUOTAS,
  decodeAlterClientQuotas,
  decodeDescribeClientQuotas,
  DESCRIBE_CLIENT_QUOTAS,
  encodeAlterClientQuotas,
  encodeDescribeAllClientQuotas,
  type QuotaAlteration,
  type QuotaEntry,
} from './protocol/quotas';

export type { QuotaAlteration, QuotaEntry } from './protocol/quotas';

async function anyBroker(clusterName: string): Promise<number> {
  const md = await getClusterMetadata(clusterName);
  const id = md.controllerId ?? md.brokers[0]?.id;
  if (id === undefined) throw new FluxoError('unavailable', `Cluster "${clusterName}" has no live broker`);
  return id;
}


export async function describeClientQuotas(clusterName: string): Promise<QuotaEntry[]> {
  const answer = await sendToBroker(clusterName, await anyBroker(clusterName), {
    apiKey: DESCRIBE_CLIENT_QUOTAS.apiKey,
    apiName: 'DescribeClientQuotas',
    minVersion: DESCRIBE_CLIENT_QUOTAS.version,
    maxVersion: DESCRIBE_CLIENT_QUOTAS.version,
    encode: encodeDescribeAllClientQuotas,
    decode: decodeDescribeClientQuotas,
  });
  if (answer.errorCode !== 0) throw kafkaRefusal(clusterName, answer.errorCode, answer.errorMessage);
  return answer.entries;
}

export async function alterClientQuotas(clusterName: string, alteration: QuotaAlteration, validateOnly: boolean): Promise<void> {
  const results = await sendToBroker(clusterName, await anyBroker(clusterName), {
    apiKey: ALTER_CLIENT_QUOTAS.apiKey,
    apiName: 'AlterClientQuotas',
    minVersion: ALTER_CLIENT_QUOTAS.version,
    maxVersion: ALTER_CLIENT_QUOTAS.version,
    encode: () => encodeAlterClientQuotas([alteration], validateOnly),
    decode: decodeAlterClientQuotas,
  });
  const failed = results.find((r) => r.errorCode !== 0);
  if (failed) throw kafkaRefusal(clusterName, failed.errorCode, failed.errorMessage);
}
