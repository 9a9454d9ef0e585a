import { defineEndpoint } from '../endpoint';
import { z } from '../../zod';

export const openApiEndpoint = defineEndpoint({
  access: 'public',
  method: 'get',
  path: '/api/openapi.json',
  tag: 'Operations',
  summary: 'This document: every endpoint of the API with its inputs, answers and errors (OpenAPI 3.1)',
  response: z.record(z.string(), z.unknown()),
});
