import { completeReassignmentEndpoint } from '@/lib/api/endpoints/reassignments';
import { route } from '@/lib/api/route';
import { completeReassignment } from '@/lib/cluster/reassignments';

export const POST = route(completeReassignmentEndpoint, ({ params, body }) => completeReassignment(params.cluster, body.partitions));
