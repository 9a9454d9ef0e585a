// The browser's cluster-operation mutations, each one request through the checked client (errors arrive as ApiError).
import { apiSend } from './client';
import { endpointPath } from './endpoint';
import { electLeadersEndpoint, patchBrokerConfigsEndpoint } from './endpoints/operations';
import type { ConfigPatch } from './schemas/topics';

export const patchBrokerConfigsRequest = (cluster: string, id: number | 'default', body: ConfigPatch) =>
  apiSend('PATCH', endpointPath(patchBrokerConfigsEndpoint, { cluster, id }), body, patchBrokerConfigsEndpoint.response);

export const electLeadersRequest = (cluster: string) =>
  apiSend('POST', endpointPath(electLeadersEndpoint, { cluster }), { confirm: true }, electLeadersEndpoint.response);
