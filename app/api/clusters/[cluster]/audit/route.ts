import { readAudit } from '@/lib/access/audit';
import { listAuditEndpoint } from '@/lib/api/endpoints/access';
import { route } from '@/lib/api/route';

export const GET = route(listAuditEndpoint, async ({ params, query }) => ({ items: await readAudit(params.cluster, query) }));
