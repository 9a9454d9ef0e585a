import { revokeApiToken } from '@/lib/access/tokens';
import { revokeTokenEndpoint } from '@/lib/api/endpoints/access';
import { route } from '@/lib/api/route';

export const DELETE = route(revokeTokenEndpoint, ({ params }) => revokeApiToken(params.id));
