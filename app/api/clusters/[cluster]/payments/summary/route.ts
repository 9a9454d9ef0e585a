import { paymentSummaryEndpoint } from '@/lib/api/endpoints/payments';
import { route } from '@/lib/api/route';
import { getPaymentSummary } from '@/lib/payments/payment-summary';

export const GET = route(paymentSummaryEndpoint, ({ params, query }) => getPaymentSummary(params.cluster, query));
