import { getTransactionEndpoint } from '@/lib/api/endpoints/transactions';
import { route } from '@/lib/api/route';
import { getTransaction } from '@/lib/transactions/transactions';

export const GET = route(getTransactionEndpoint, ({ params }) => getTransaction(params.cluster, params.transactionalId));
