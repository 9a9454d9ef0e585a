import { abortTransactionEndpoint } from '@/lib/api/endpoints/transactions';
import { readJsonBody, respond } from '@/lib/api/respond';
import { abortOpenTransaction } from '@/lib/transactions/transactions';

export async function POST(req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => {
    const { cluster } = abortTransactionEndpoint.params.parse(await params);
    return abortOpenTransaction(cluster, abortTransactionEndpoint.body.parse(await readJsonBody(req)));
  });
}
