import { cancelReassignmentEndpoint, executeReassignmentEndpoint, listReassignmentsEndpoint } from '@/lib/api/endpoints/reassignments';
import { route } from '@/lib/api/route';
import { cancelReassignment, executeReassignment, listReassignments } from '@/lib/cluster/reassignments';

export const GET = route(listReassignmentsEndpoint, ({ params }) => listReassignments(params.cluster));

// Confirmation (or dryRun) is checked by the endpoint's schema before this runs.
export const POST = route(executeReassignmentEndpoint, ({ params, body }) => executeReassignment(params.cluster, body));

export const DELETE = route(cancelReassignmentEndpoint, ({ params, body }) => cancelReassignment(params.cluster, body.partitions));
