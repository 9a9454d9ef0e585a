// Pure: Fluxo's quota entity ({ user, clientId }, null = default) to and from Kafka's entity parts.
import type { AlterQuotaInput, ClientQuota, QuotaEntity } from '../api/schemas/quotas';

export interface EntityPart {
  type: string;
  name: string | null;
}

export function toEntityParts(entity: QuotaEntity): EntityPart[] {
  const parts: EntityPart[] = [];
  if (entity.user !== undefined) parts.push({ type: 'user', name: entity.user });
  if (entity.clientId !== undefined) parts.push({ type: 'client-id', name: entity.clientId });
  return parts;
}

/** Entities of other types (ip quotas) are left out: this view is about users and client ids. */
export function fromEntityParts(parts: EntityPart[]): QuotaEntity | null {
  const entity: QuotaEntity = {};
  for (const p of parts) {
    if (p.type === 'user') entity.user = p.name;
    else if (p.type === 'client-id') entity.clientId = p.name;
    else return null;
  }
  return entity;
}

export function quotaOps(input: AlterQuotaInput): { key: string; value: number; remove: boolean }[] {
  return [
    ...Object.entries(input.set).map(([key, value]) => ({ key, value: value as number, remove: false })),
    ...input.remove.map((key) => ({ key, value: 0, remove: true })),
  ];
}

const entityKey = (e: QuotaEntity) => `${e.user === undefined ? '' : `u:${e.user ?? '<default>'}`}|${e.clientId === undefined ? '' : `c:${e.clientId ?? '<default>'}`}`;

export function sameEntity(a: QuotaEntity, b: QuotaEntity): boolean {
  return entityKey(a) === entityKey(b);
}

/** Users first, then client ids; defaults before names. */
export function sortQuotas(quotas: ClientQuota[]): ClientQuota[] {
  return [...quotas].sort((a, b) => (entityKey(a.entity) < entityKey(b.entity) ? -1 : entityKey(a.entity) > entityKey(b.entity) ? 1 : 0));
}
