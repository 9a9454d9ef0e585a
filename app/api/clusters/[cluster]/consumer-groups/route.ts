import { listGroupsEndpoint } from '@/lib/api/endpoints/groups';
import { route } from '@/lib/api/route';
import { listConsumerGroups } from '@/lib/groups/consumer-groups';

export const GET = route(listGroupsEndpoint, ({ params, query }) => listConsumerGroups(params.cluster, query));
