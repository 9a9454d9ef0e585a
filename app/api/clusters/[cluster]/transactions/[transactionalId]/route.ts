import { getTransactionEndpoint } from '@/lib/api/endpoints/transactions';
import { respond } from '@/lib/api/respond';
import { getTransaction } from '@/lib/transactions/transactions';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string; transactionalId: string }> }) {
  return respond(async () => {
    const { cluster, transactionalId } = getTransactionEndpoint.params.parse(await params);
    return getTransaction(cluster, transactionalId);
  });
}
