// The browser's calls that change consumer groups; the dialogs that act own them (and their messages).
import { apiSend } from './client';
import { endpointPath } from './endpoint';
import { deleteGroupEndpoint, resetOffsetsEndpoint } from './endpoints/groups';
import type { ResetOffsetsBody } from './schemas/groups';

export function resetGroupOffsets(cluster: string, group: string, body: ResetOffsetsBody) {
  return apiSend('POST', endpointPath(resetOffsetsEndpoint, { cluster, group }), body, resetOffsetsEndpoint.response);
}

export function deleteGroup(cluster: string, group: string, confirm: string) {
  return apiSend('DELETE', endpointPath(deleteGroupEndpoint, { cluster, group }, { confirm }), undefined, deleteGroupEndpoint.response);
}
