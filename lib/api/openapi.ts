// The OpenAPI 3.1 document, generated from the endpoint declarations and their zod schemas.
import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { endpointAccess } from '../access/endpoint-access';
import type { Endpoint } from './endpoint';
import { allEndpoints } from './endpoints';
import { errorBodySchema } from './schemas/common';

const ERROR_TEXT: Record<number, string> = {
  400: 'Bad input',
  401: 'Not signed in, or the session or API token is not valid',
  403: 'Refused: the user lacks the permission, the cluster is read-only, the topic is protected, or the request comes from another site',
  404: 'Unknown cluster, broker, topic or group',
  409: 'Conflict with the current state',
  413: 'The request body is larger than FLUXO_MAX_BODY_BYTES',
  415: 'A mutation without "content-type: application/json"',
  421: 'The Host header is not one this server answers to (FLUXO_ALLOWED_HOSTS)',
  429: 'Too many concurrent readers for this client or cluster; see Retry-After',
  500: 'Unexpected failure',
  503: 'Cluster unreachable',
  504: 'Cluster did not answer in time',
};

function register(registry: OpenAPIRegistry, ep: Endpoint) {
  // Every route checks Host (421); mutations also check origin (403), content type (415) and body size (413).
  const mutation = ep.method !== 'get' ? [403, 415, ...(ep.body ? [413] : [])] : [];
  const access = endpointAccess(ep);
  const open = access === 'public';
  const errorStatuses = [...new Set([400, 404, 421, ...(open ? [] : [401, 403]), ...mutation, ...(ep.errors ?? []), 500])].sort();
  const responses: Record<string, ResponseConfig> = {
    [String(ep.status ?? 200)]: {
      description: 'Success',
      content: { [ep.contentType ?? 'application/json']: { schema: ep.response } },
    },
  };
  for (const s of errorStatuses) {
    responses[String(s)] = {
      description: ERROR_TEXT[s] ?? 'Error',
      content: { 'application/json': { schema: errorBodySchema } },
    };
  }
  registry.registerPath({
    method: ep.method,
    path: ep.path,
    tags: [ep.tag],
    summary: ep.summary,
    description: [ep.description, open ? undefined : `Requires: ${access === 'all' ? 'every permission (admin)' : access === 'signed-in' ? 'any signed-in user' : `\`${access}\``}.`].filter(Boolean).join('\n\n'),
    // Public routes need no credentials; the rest take the session cookie or an API token.
    security: open ? [] : [{ session: [] }, { apiToken: [] }],
    request: {
      params: ep.params,
      query: ep.query,
      body: ep.body ? { content: { 'application/json': { schema: ep.body } } } : undefined,
    },
    responses,
  });
}

export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.register('Error', errorBodySchema);
  registry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey', in: 'cookie', name: 'fluxo_session', description: 'The session cookie set by POST /api/auth/login or single sign-on',
  });
  registry.registerComponent('securitySchemes', 'apiToken', {
    type: 'http', scheme: 'bearer', description: 'An API token (fxt_…) made by an admin: Authorization: Bearer <token>',
  });
  for (const ep of allEndpoints) register(registry, ep);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Fluxo API',
      version: '1',
      description:
        'REST API of the Fluxo Kafka console. Errors are always { error: { code, message } }; every answer carries x-request-id. ' +
        'Mutations need "content-type: application/json" and are refused from other sites.',
    },
    servers: [{ url: '/' }],
  });
}
