// The browser's call that aborts an open transaction; the dialog that acts owns it (and its messages).
import { apiSend } from './client';
import { endpointPath } from './endpoint';
import { abortTransactionEndpoint } from './endpoints/transactions';
import type { AbortTransactionBody } from './schemas/transactions';

export function abortTransaction(cluster: string, body: AbortTransactionBody) {
  return apiSend('POST', endpointPath(abortTransactionEndpoint, { cluster }), body, abortTransactionEndpoint.response);
}
