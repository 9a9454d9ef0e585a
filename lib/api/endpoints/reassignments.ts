import { defineEndpoint } from '../endpoint';
import { clusterParams } from '../schemas/common';
import {
  cancelReassignmentBody,
  completeReassignmentBody,
  executeReassignmentBody,
  reassignmentCancellationSchema,
  reassignmentCompletionSchema,
  reassignmentExecutionSchema,
  reassignmentListSchema,
  reassignmentPlanBody,
  reassignmentProposalSchema,
} from '../schemas/reassignments';

export const listReassignmentsEndpoint = defineEndpoint({
  access: 'cluster:read',
  method: 'get',
  path: '/api/clusters/{cluster}/reassignments',
  tag: 'Reassignments',
  summary: 'Every partition reassignment under way (ListPartitionReassignments): replicas being added and removed, and the in-sync replicas',
  params: clusterParams,
  response: reassignmentListSchema,
  errors: [503, 504],
});

export const proposeReassignmentEndpoint = defineEndpoint({
  // A plan changes nothing, but only those who may move replicas are offered one (and it is audited as asked).
  access: 'reassignments:write',
  method: 'post',
  path: '/api/clusters/{cluster}/reassignments/plan',
  tag: 'Reassignments',
  summary: 'Propose a plan (balance replicas and preferred leaders, or drain one broker) with its per-partition diff; moves nothing',
  description: 'Internal topics are left out (named ones refused) unless the cluster sets allowInternalTopicChanges.',
  params: clusterParams,
  body: reassignmentPlanBody,
  response: reassignmentProposalSchema,
  errors: [403, 503, 504],
});

export const executeReassignmentEndpoint = defineEndpoint({
  access: 'reassignments:write',
  method: 'post',
  path: '/api/clusters/{cluster}/reassignments',
  tag: 'Reassignments',
  summary: 'Validate a plan and start it (AlterPartitionReassignments) under a replication throttle; dryRun answers the diff only',
  description:
    'Body { partitions, throttleBytesPerSecond, confirm: true } or { …, dryRun: true }. The throttle sets leader/follower.replication.throttled.rate on ' +
    'the brokers involved and leader/follower.replication.throttled.replicas on the topics. Refused on read-only clusters.',
  params: clusterParams,
  body: executeReassignmentBody,
  response: reassignmentExecutionSchema,
  errors: [403, 503, 504],
});

export const completeReassignmentEndpoint = defineEndpoint({
  access: 'reassignments:write',
  method: 'post',
  path: '/api/clusters/{cluster}/reassignments/complete',
  tag: 'Reassignments',
  summary: "A plan's progress per partition; once nothing is under way, removes the throttle configs (as kafka-reassign-partitions --verify)",
  params: clusterParams,
  body: completeReassignmentBody,
  response: reassignmentCompletionSchema,
  errors: [403, 503, 504],
});

export const cancelReassignmentEndpoint = defineEndpoint({
  access: 'reassignments:write',
  method: 'delete',
  path: '/api/clusters/{cluster}/reassignments',
  tag: 'Reassignments',
  summary: 'Cancel reassignments under way: each partition goes back to the replicas it had (body { partitions, confirm: true })',
  params: clusterParams,
  body: cancelReassignmentBody,
  response: reassignmentCancellationSchema,
  errors: [403, 503, 504],
});
