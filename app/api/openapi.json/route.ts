import { buildOpenApiDocument } from '@/lib/api/openapi';
import { openApiEndpoint } from '@/lib/api/endpoints/operations';
import { route } from '@/lib/api/route';

// Served per request (not prerendered) so the wrapper's Host check applies to it as to every route.
export const GET = route(openApiEndpoint, async () => buildOpenApiDocument());
