import { proposeReassignmentEndpoint } from '@/lib/api/endpoints/reassignments';
import { route } from '@/lib/api/route';
import { proposeReassignment } from '@/lib/cluster/reassignments';

export const POST = route(proposeReassignmentEndpoint, ({ params, body }) => proposeReassignment(params.cluster, body));
