import { createAclsEndpoint, deleteAclsEndpoint, listAclsEndpoint } from '@/lib/api/endpoints/cluster-ops';
import { route } from '@/lib/api/route';
import { addAcls, listAcls, removeAcls } from '@/lib/cluster/acls';

export const GET = route(listAclsEndpoint, ({ params, query }) => listAcls(params.cluster, query));

export const POST = route(createAclsEndpoint, ({ params, body }) => addAcls(params.cluster, body.acls));

export const DELETE = route(deleteAclsEndpoint, ({ params, body }) => removeAcls(params.cluster, body.filter));
