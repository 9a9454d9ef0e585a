import 'server-only';
// Client quotas per user, client id, or their defaults: listed, and changed after Kafka validated the change.
import type { AlterQuotaInput, ClientQuota } from '../api/schemas/quotas';
import { assertWritable, getCluster } from '../config/clusters';
import { alterClientQuotas, describeClientQuotas } from '../kafka/quotas';
import { fromEntityParts, quotaOps, sameEntity, sortQuotas, toEntityParts } from './quota-entities';
import { readUntil } from './read-until';


export async function listQuotas(clusterName: string): Promise<ClientQuota[]> {
  getCluster(clusterName);
  const entries = await describeClientQuotas(clusterName);
  const quotas: ClientQuota[] = [];
  for (const e of entries) {
    const entity = fromEntityParts(e.entity);
    if (entity) quotas.push({ entity, values: Object.fromEntries(e.values.map((v) => [v.key, v.value])) });
  }
  return sortQuotas(quotas);
}

export async function alterQuota(clusterName: string, input: AlterQuotaInput): Promise<ClientQuota[]> {
  assertWritable(clusterName);
  const alteration = { entity: toEntityParts(input.entity), ops: quotaOps(input) };
  await alterClientQuotas(clusterName, alteration, true);
  await alterClientQuotas(clusterName, alteration, false);
  return readUntil(
    () => listQuotas(clusterName),
    (quotas) => {
      const values = quotas.find((q) => sameEntity(q.entity, input.entity))?.values ?? {};
      return Object.entries(input.set).every(([k, v]) => values[k] === v) && input.remove.every((k) => !(k in values));
    },
  );
}
