// The browser's topic mutations, each one request through the checked client (errors arrive as ApiError).
import { apiSend } from './client';
import { endpointPath } from './endpoint';
import {
  addPartitionsEndpoint,
  createTopicEndpoint,
  deleteTopicEndpoint,
  patchTopicConfigsEndpoint,
  purgeTopicEndpoint,
} from './endpoints/topics';
import type { ConfigPatch, CreateTopicInput, PurgeInput } from './schemas/topics';

export const createTopicRequest = (cluster: string, body: CreateTopicInput) =>
  apiSend('POST', endpointPath(createTopicEndpoint, { cluster }), body, createTopicEndpoint.response);

export const patchTopicConfigsRequest = (cluster: string, topic: string, body: Partial<ConfigPatch>) =>
  apiSend('PATCH', endpointPath(patchTopicConfigsEndpoint, { cluster, topic }), body, patchTopicConfigsEndpoint.response);

export const addPartitionsRequest = (cluster: string, topic: string, count: number) =>
  apiSend('POST', endpointPath(addPartitionsEndpoint, { cluster, topic }), { count }, addPartitionsEndpoint.response);

export const purgeTopicRequest = (cluster: string, topic: string, body: PurgeInput) =>
  apiSend('POST', endpointPath(purgeTopicEndpoint, { cluster, topic }), body, purgeTopicEndpoint.response);

/** The server re-checks the typed confirmation: the name travels as ?confirm=. */
export const deleteTopicRequest = (cluster: string, topic: string) =>
  apiSend('DELETE', endpointPath(deleteTopicEndpoint, { cluster, topic }, { confirm: topic }), undefined, deleteTopicEndpoint.response);
