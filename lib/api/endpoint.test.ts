import { describe, expect, it } from 'vitest';
import { endpointPath } from './endpoint';
import { buildOpenApiDocument } from './openapi';
import { allEndpoints } from './endpoints';

describe('endpointPath', () => {
  it('fills and encodes path parameters', () => {
    expect(endpointPath({ path: '/api/clusters/{cluster}/topics/{topic}' }, { cluster: 'a b', topic: 'x/y' })).toBe('/api/clusters/a%20b/topics/x%2Fy');
  });

  it('appends only the query parameters that have a value', () => {
    expect(endpointPath({ path: '/api/x' }, {}, { search: 'or', page: 2, empty: '', none: undefined })).toBe('/api/x?search=or&page=2');
  });

  it('refuses a missing path parameter', () => {
    expect(() => endpointPath({ path: '/api/clusters/{cluster}' }, {})).toThrow(/missing path parameter cluster/);
  });
});

describe('OpenAPI document', () => {
  it('documents every declared endpoint with its error shape', () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    for (const ep of allEndpoints) {
      const op = (doc.paths?.[ep.path] as Record<string, { responses: Record<string, unknown> }> | undefined)?.[ep.method];
      expect(op, `${ep.method} ${ep.path}`).toBeDefined();
      expect(op?.responses['400']).toBeDefined();
    }
  });
});
