import { listTransactionsEndpoint } from '@/lib/api/endpoints/transactions';
import { route } from '@/lib/api/route';
import { listClusterTransactions } from '@/lib/transactions/transactions';

export const GET = route(listTransactionsEndpoint, ({ params }) => listClusterTransactions(params.cluster));
