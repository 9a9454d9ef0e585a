import { setCookie } from '@/lib/access/cookies';
import { OIDC_FLOW_COOKIE, startOidc } from '@/lib/access/sign-in';
import { oidcLoginEndpoint } from '@/lib/api/endpoints/access';
import { route } from '@/lib/api/route';

export const GET = route(oidcLoginEndpoint, async ({ query, request }) => {
  const { url, flowCookie } = await startOidc(new URL(request.url).origin, query.next);
  return new Response(null, {
    status: 302,
    headers: { location: url, 'set-cookie': setCookie(request, OIDC_FLOW_COOKIE, flowCookie, 600, '/api/auth/oidc') },
  });
});
