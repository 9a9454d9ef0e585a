import { defineEndpoint } from '../endpoint';
import { z } from '../../zod';
import { healthSchema, readinessSchema } from '../schemas/operations';

export const openApiEndpoint = defineEndpoint({
  access: 'public',
  method: 'get',
  path: '/api/openapi.json',
  tag: 'Operations',
  summary: 'This document: every endpoint of the API with its inputs, answers and errors (OpenAPI 3.1)',
  response: z.record(z.string(), z.unknown()),
});

export const healthEndpoint = defineEndpoint({
  access: 'public',
  method: 'get',
  path: '/api/health',
  tag: 'Operations',
  summary: 'Liveness for load balancers: 200 while this process serves requests; contacts no cluster',
  response: healthSchema,
});

export const readinessEndpoint = defineEndpoint({
  access: 'public',
  method: 'get',
  path: '/api/ready',
  tag: 'Operations',
  summary: 'Readiness for load balancers: 200 when every configured cluster answers, else 503 naming the ones that do not',
  description: 'The 503 body is the error shape ({ error: { code: "unavailable", message } }) with ready and clusters beside it.',
  response: readinessSchema,
  errors: [503],
});
