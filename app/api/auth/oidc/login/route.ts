import { setCookie } from '@/lib/access/cookies';
import { OIDC_FLOW_COOKIE, startOidc } from '@/lib/access/sign-in';
import { oidcLoginEndpoint } from '@/lib/api/endpoints/access';
import { route } from '@/lib/api/route';

export const GET = route(oidcLoginEndpoint, async ({ query, request }) => {
  // The origin the browser used (its Host, which the wrapper checked), not the one Next.js was started with.
  const proto = request.headers.get('x-forwarded-proto') === 'https' || new URL(request.url).protocol === 'https:' ? 'https' : 'http';
  const origin = `${proto}://${request.headers.get('host') ?? new URL(request.url).host}`;
  const { url, flowCookie } = await startOidc(origin, query.next);
  return new Response(null, {
    status: 302,
    headers: { location: url, 'set-cookie': setCookie(request, OIDC_FLOW_COOKIE, flowCookie, 600, '/api/auth/oidc') },
  });
});
