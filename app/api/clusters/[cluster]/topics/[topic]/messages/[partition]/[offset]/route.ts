import { getMessageEndpoint } from '@/lib/api/endpoints/messages';
import { route } from '@/lib/api/route';
import { getMessage } from '@/lib/kafka/messages';

export const GET = route(getMessageEndpoint, ({ params }) => getMessage(params.cluster, params.topic, params.partition, params.offset));
