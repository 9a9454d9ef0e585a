import { messageMasker } from '@/lib/access/masking-policy';
import { getMessageEndpoint } from '@/lib/api/endpoints/messages';
import { route } from '@/lib/api/route';
import { getMessage } from '@/lib/messages/browse';

export const GET = route(getMessageEndpoint, async ({ params }) =>
  messageMasker(params.cluster, params.topic)(await getMessage(params.cluster, params.topic, params.partition, params.offset)));
