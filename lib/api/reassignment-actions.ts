// The browser's reassignment mutations, each one request through the checked client (errors arrive as ApiError).
import { apiSend } from './client';
import { endpointPath } from './endpoint';
import { cancelReassignmentEndpoint, completeReassignmentEndpoint, executeReassignmentEndpoint, proposeReassignmentEndpoint } from './endpoints/reassignments';
import type { ReassignmentPlanBody } from './schemas/reassignments';

export interface PlannedPartition {
  topic: string;
  partition: number;
  replicas: number[];
}

export const proposeReassignmentRequest = (cluster: string, body: ReassignmentPlanBody) =>
  apiSend('POST', endpointPath(proposeReassignmentEndpoint, { cluster }), body, proposeReassignmentEndpoint.response);

export const executeReassignmentRequest = (cluster: string, partitions: PlannedPartition[], throttleBytesPerSecond: number | null) =>
  apiSend('POST', endpointPath(executeReassignmentEndpoint, { cluster }), { partitions, throttleBytesPerSecond, confirm: true }, executeReassignmentEndpoint.response);

export const completeReassignmentRequest = (cluster: string, partitions: PlannedPartition[]) =>
  apiSend('POST', endpointPath(completeReassignmentEndpoint, { cluster }), { partitions }, completeReassignmentEndpoint.response);

export const cancelReassignmentRequest = (cluster: string, partitions: { topic: string; partition: number }[]) =>
  apiSend('DELETE', endpointPath(cancelReassignmentEndpoint, { cluster }), { partitions, confirm: true }, cancelReassignmentEndpoint.response);
