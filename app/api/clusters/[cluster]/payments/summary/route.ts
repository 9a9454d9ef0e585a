import { paymentSummaryEndpoint } from '@/lib/api/endpoints/payments';
import { respond } from '@/lib/api/respond';
import { getPaymentSummary } from '@/lib/payments/payment-summary';

export async function GET(req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => {
    const { cluster } = paymentSummaryEndpoint.params.parse(await params);
    const range = paymentSummaryEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    return getPaymentSummary(cluster, range);
  });
}
