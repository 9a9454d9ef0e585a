// Every route handler under app/api is in the OpenAPI document, with its answer's schema and, when it takes
// one, its request body: the API reference page renders from that document alone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

const API_DIR = path.resolve(__dirname, '../../app/api');
/** The catch-all only answers 404 for unknown API paths; it is no route of its own. */
const NOT_ROUTES = new Set(['/api/{path}']);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : [],
  );
}

const routes = routeFiles(API_DIR).flatMap((file) => {
  const apiPath = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join('/')}`.replace(/\[(?:\.\.\.)?(\w+)\]/g, '{$1}');
  const source = readFileSync(file, 'utf8');
  const methods = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
  return methods.map((method) => ({ method, apiPath, source }));
});

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; requestBody?: unknown }>> };

  it('finds the route handlers to check', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  for (const r of routes.filter((x) => !NOT_ROUTES.has(x.apiPath))) {
    it(`describes ${r.method.toUpperCase()} ${r.apiPath} with its answer`, () => {
      const op = doc.paths[r.apiPath]?.[r.method];
      expect(op, `${r.method} ${r.apiPath} is missing from /api/openapi.json`).toBeDefined();
      const success = Object.entries(op!.responses).find(([status]) => status.startsWith('2')) ??
        // Sign-on routes answer with a redirect (302), documented as their answer.
        Object.entries(op!.responses).find(([status]) => status.startsWith('3'));
      expect(success?.[1].content && Object.values(success[1].content)[0]?.schema).toBeDefined();
      if (/\.json\(\)|readJson|parseBody|body:/.test(r.source) && r.method !== 'get' && r.method !== 'delete') expect(op!.requestBody).toBeDefined();
    });
  }
});
