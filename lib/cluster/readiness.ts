import 'server-only';
// Readiness: every configured cluster answers a metadata request (the same check as GET /api/clusters).
import type { Readiness } from '../api/schemas/operations';
import { listClusters } from './cluster';

export async function readiness(): Promise<Readiness | (Readiness & { error: { code: 'unavailable'; message: string } })> {
  const clusters = (await listClusters()).map(({ name, reachable, error }) => ({ name, reachable, ...(error ? { error } : {}) }));
  const down = clusters.filter((c) => !c.reachable).map((c) => `"${c.name}"`);
  if (down.length === 0) return { ready: true, clusters };
  return {
    error: { code: 'unavailable', message: `Not ready: ${down.join(', ')} ${down.length === 1 ? 'does' : 'do'} not answer` },
    ready: false,
    clusters,
  };
}
