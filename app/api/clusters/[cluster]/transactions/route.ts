import { listTransactionsEndpoint } from '@/lib/api/endpoints/transactions';
import { respond } from '@/lib/api/respond';
import { listClusterTransactions } from '@/lib/transactions/transactions';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => listClusterTransactions(listTransactionsEndpoint.params.parse(await params).cluster));
}
