import { createApiToken, listApiTokens } from '@/lib/access/tokens';
import { createTokenEndpoint, listTokensEndpoint } from '@/lib/api/endpoints/access';
import { route } from '@/lib/api/route';

export const GET = route(listTokensEndpoint, () => listApiTokens());

export const POST = route(createTokenEndpoint, ({ body, principal }) => createApiToken(body, principal!));
