import { getLagHistoryEndpoint } from '@/lib/api/endpoints/groups';
import { route } from '@/lib/api/route';
import { getLagHistory } from '@/lib/groups/consumer-groups';

export const GET = route(getLagHistoryEndpoint, ({ params, query }) => getLagHistory(params.cluster, params.group, query.minutes));
