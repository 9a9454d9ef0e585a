import { defineEndpoint } from '../endpoint';
import { clusterParams } from '../schemas/common';
import { paymentSummaryResponseSchema, paymentsSummaryQuery } from '../schemas/payments';

export const paymentSummaryEndpoint = defineEndpoint({
  access: 'messages:read',
  method: 'get',
  path: '/api/clusters/{cluster}/payments/summary',
  tag: 'Payments',
  summary:
    'Per-minute payment windows (count, sum, min, max, p50, p95 per currency and status), top payers and dropped late events, read from the aggregate topic',
  params: clusterParams,
  query: paymentsSummaryQuery,
  response: paymentSummaryResponseSchema,
  errors: [404, 409, 503, 504],
});
