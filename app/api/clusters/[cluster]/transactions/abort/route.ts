import { abortTransactionEndpoint } from '@/lib/api/endpoints/transactions';
import { route } from '@/lib/api/route';
import { abortOpenTransaction } from '@/lib/transactions/transactions';

export const POST = route(abortTransactionEndpoint, ({ params, body }) => abortOpenTransaction(params.cluster, body));
