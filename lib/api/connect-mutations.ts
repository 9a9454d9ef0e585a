// The browser's calls that change connectors; the components that act own them (and their messages).
import { apiSend } from './client';
import { endpointPath } from './endpoint';
import {
  connectorActionEndpoint,
  createConnectorEndpoint,
  deleteConnectorEndpoint,
  resetOffsetsEndpoint,
  restartTaskEndpoint,
  updateConnectorConfigEndpoint,
  validatePluginConfigEndpoint,
} from './endpoints/connect';
import type { ConnectorActionBody } from './schemas/connect';

type Target = { cluster: string; connect: string; connector: string };

export function validateConnectorConfig(cluster: string, connect: string, plugin: string, config: Record<string, string>) {
  return apiSend('PUT', endpointPath(validatePluginConfigEndpoint, { cluster, connect, plugin }), { config }, validatePluginConfigEndpoint.response);
}

export function createConnector(cluster: string, connect: string, name: string, config: Record<string, string>) {
  return apiSend('POST', endpointPath(createConnectorEndpoint, { cluster, connect }), { name, config }, createConnectorEndpoint.response);
}

export function updateConnectorConfig(t: Target, config: Record<string, string>) {
  return apiSend('PUT', endpointPath(updateConnectorConfigEndpoint, t), { config }, updateConnectorConfigEndpoint.response);
}

export function connectorAction(t: Target, body: Partial<ConnectorActionBody> & Pick<ConnectorActionBody, 'action'>) {
  return apiSend('POST', endpointPath(connectorActionEndpoint, t), body, connectorActionEndpoint.response);
}

export function restartConnectorTask(t: Target, task: number) {
  return apiSend('POST', endpointPath(restartTaskEndpoint, { ...t, task }), undefined, restartTaskEndpoint.response);
}

export function deleteConnector(t: Target, confirm: string) {
  return apiSend('DELETE', endpointPath(deleteConnectorEndpoint, t, { confirm }), undefined, deleteConnectorEndpoint.response);
}

export function resetConnectorOffsets(t: Target, confirm: string) {
  return apiSend('DELETE', endpointPath(resetOffsetsEndpoint, t, { confirm }), undefined, resetOffsetsEndpoint.response);
}
