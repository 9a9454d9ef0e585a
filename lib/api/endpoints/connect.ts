import { defineEndpoint } from '../endpoint';
import { clusterParams } from '../schemas/common';
import {
  actionResultSchema,
  alterOffsetsBody,
  connectClusterListSchema,
  connectorActionBody,
  connectorConfigBody,
  connectorDetailSchema,
  connectorListSchema,
  connectorOffsetsSchema,
  connectorParams,
  connectParams,
  createConnectorBody,
  deleteConnectorQuery,
  offsetsChangeResultSchema,
  pluginConfigSchema,
  pluginListSchema,
  pluginParams,
  taskParams,
  validationResultSchema,
} from '../schemas/connect';

const tag = 'Kafka Connect';
const connectPath = clusterParams.extend(connectParams.shape);
const connectorPath = connectPath.extend(connectorParams.shape);
const base = '/api/clusters/{cluster}/connect/{connect}';
const connectorBase = `${base}/connectors/{connector}`;

export const connectOverviewEndpoint = defineEndpoint({
  access: 'connect:read',
  method: 'get',
  path: '/api/clusters/{cluster}/connect',
  tag,
  summary: 'Connect clusters of this Kafka cluster with their reachability, and all their connectors, failed first',
  description: 'Connect clusters come from the `connect` list of the cluster in the config file. Credentials never leave the server.',
  params: clusterParams,
  response: connectClusterListSchema.extend(connectorListSchema.shape),
});

export const listConnectorsEndpoint = defineEndpoint({
  access: 'connect:read',
  method: 'get',
  path: `${base}/connectors`,
  tag,
  summary: 'Connectors of one Connect cluster: type, plugin, state, tasks running/failed with their worker, topics',
  params: connectPath,
  response: connectorListSchema,
  errors: [503, 504],
});

export const createConnectorEndpoint = defineEndpoint({
  access: 'connect:write',
  method: 'post',
  path: `${base}/connectors`,
  tag,
  summary: 'Create a connector; the config is validated by the plugin first and refused with the bad fields named',
  params: connectPath,
  body: createConnectorBody,
  response: connectorDetailSchema,
  status: 201,
  errors: [403, 409, 503, 504],
});

export const getConnectorEndpoint = defineEndpoint({
  access: 'connect:read',
  method: 'get',
  path: connectorBase,
  tag,
  summary: 'One connector: masked config, tasks with state and trace, active topics, and for sinks its consumer group lag',
  description: 'Values of PASSWORD-typed keys (from the plugin config definitions) and of keys named like password/secret/token read "********".',
  params: connectorPath,
  response: connectorDetailSchema,
  errors: [503, 504],
});

export const updateConnectorConfigEndpoint = defineEndpoint({
  access: 'connect:write',
  method: 'put',
  path: `${connectorBase}/config`,
  tag,
  summary: "Replace a connector's config, validated first; masked values keep what is stored",
  params: connectorPath,
  body: connectorConfigBody,
  response: connectorDetailSchema,
  errors: [403, 409, 503, 504],
});

export const deleteConnectorEndpoint = defineEndpoint({
  access: 'connect:write',
  method: 'delete',
  path: connectorBase,
  tag,
  summary: 'Delete a connector (confirm=<connector name> required)',
  params: connectorPath,
  query: deleteConnectorQuery,
  response: actionResultSchema,
  errors: [403, 409, 503, 504],
});

export const connectorActionEndpoint = defineEndpoint({
  access: 'connect:write',
  method: 'post',
  path: `${connectorBase}/actions`,
  tag,
  summary: 'Pause, resume, stop or restart a connector (restart: with its tasks, or only what failed)',
  params: connectorPath,
  body: connectorActionBody,
  response: actionResultSchema,
  errors: [403, 409, 503, 504],
});

export const restartTaskEndpoint = defineEndpoint({
  access: 'connect:write',
  method: 'post',
  path: `${connectorBase}/tasks/{task}/restart`,
  tag,
  summary: 'Restart one task of a connector',
  params: connectorPath.extend(taskParams.shape),
  response: actionResultSchema,
  errors: [403, 409, 503, 504],
});

export const getOffsetsEndpoint = defineEndpoint({
  access: 'connect:read',
  method: 'get',
  path: `${connectorBase}/offsets`,
  tag,
  summary: "A connector's offsets (KIP-875): source partitions and positions, or a sink's topic partitions",
  params: connectorPath,
  response: connectorOffsetsSchema,
  errors: [503, 504],
});

export const alterOffsetsEndpoint = defineEndpoint({
  access: 'connect:write',
  method: 'patch',
  path: `${connectorBase}/offsets`,
  tag,
  summary: "Alter a connector's offsets; Connect refuses (409) unless the connector is STOPPED",
  params: connectorPath,
  body: alterOffsetsBody,
  response: offsetsChangeResultSchema,
  errors: [403, 409, 503, 504],
});

export const resetOffsetsEndpoint = defineEndpoint({
  access: 'connect:write',
  method: 'delete',
  path: `${connectorBase}/offsets`,
  tag,
  summary: "Reset a connector's offsets (confirm=<connector name>); Connect refuses (409) unless it is STOPPED",
  params: connectorPath,
  query: deleteConnectorQuery,
  response: offsetsChangeResultSchema,
  errors: [403, 409, 503, 504],
});

export const listPluginsEndpoint = defineEndpoint({
  access: 'connect:read',
  method: 'get',
  path: `${base}/plugins`,
  tag,
  summary: 'Connector plugins installed on the workers',
  params: connectPath,
  response: pluginListSchema,
  errors: [503, 504],
});

export const pluginConfigEndpoint = defineEndpoint({
  access: 'connect:read',
  method: 'get',
  path: `${base}/plugins/{plugin}/config`,
  tag,
  summary: "A plugin's config definitions (name, type, required, default, documentation): the create form is built from them",
  params: connectPath.extend(pluginParams.shape),
  response: pluginConfigSchema,
  errors: [503, 504],
});

export const validatePluginConfigEndpoint = defineEndpoint({
  access: 'connect:write',
  method: 'put',
  path: `${base}/plugins/{plugin}/validate`,
  tag,
  summary: 'Validate a config with the plugin (PUT /connector-plugins/{p}/config/validate): errors per field',
  params: connectPath.extend(pluginParams.shape),
  body: connectorConfigBody,
  response: validationResultSchema,
  errors: [503, 504],
});
