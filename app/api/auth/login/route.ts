import { setCookie } from '@/lib/access/cookies';
import { SESSION_COOKIE } from '@/lib/access/principal';
import { describeSession } from '@/lib/access/session-view';
import { signInWithPassword } from '@/lib/access/sign-in';
import { signInEndpoint } from '@/lib/api/endpoints/access';
import { clientAddressOf } from '@/lib/edge/node-requests';
import { route } from '@/lib/api/route';

export const POST = route(signInEndpoint, async ({ body, request }) => {
  const { cookie, claims } = await signInWithPassword(body.username, body.password, clientAddressOf(request.headers));
  const session = describeSession({
    user: claims.username, via: 'session', groups: claims.groups, grants: [],
    session: { sid: claims.sid, expiresAtMs: claims.expiresAtMs, source: claims.source },
  });
  return Response.json(session, {
    headers: { 'set-cookie': setCookie(request, SESSION_COOKIE, cookie, (claims.expiresAtMs - Date.now()) / 1000) },
  });
});
