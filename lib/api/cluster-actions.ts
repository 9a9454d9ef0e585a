// The browser's cluster-operation mutations, each one request through the checked client (errors arrive as ApiError).
import { apiSend } from './client';
import { endpointPath } from './endpoint';
import { alterQuotaEndpoint, createAclsEndpoint, deleteAclsEndpoint, electLeadersEndpoint, patchBrokerConfigsEndpoint } from './endpoints/cluster-ops';
import type { Acl, AclFilter } from './schemas/acls';
import type { AlterQuotaInput } from './schemas/quotas';
import type { ConfigPatch } from './schemas/topics';

export const patchBrokerConfigsRequest = (cluster: string, id: number | 'default', body: ConfigPatch) =>
  apiSend('PATCH', endpointPath(patchBrokerConfigsEndpoint, { cluster, id }), body, patchBrokerConfigsEndpoint.response);

export const electLeadersRequest = (cluster: string) =>
  apiSend('POST', endpointPath(electLeadersEndpoint, { cluster }), { confirm: true }, electLeadersEndpoint.response);

export const createAclRequest = (cluster: string, acl: Acl) =>
  apiSend('POST', endpointPath(createAclsEndpoint, { cluster }), { acls: [acl] }, createAclsEndpoint.response);

export const deleteAclsRequest = (cluster: string, filter: AclFilter) =>
  apiSend('DELETE', endpointPath(deleteAclsEndpoint, { cluster }), { filter, confirm: true }, deleteAclsEndpoint.response);

export const alterQuotaRequest = (cluster: string, body: AlterQuotaInput) =>
  apiSend('PATCH', endpointPath(alterQuotaEndpoint, { cluster }), body, alterQuotaEndpoint.response);
