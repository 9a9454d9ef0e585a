import { clearCookie, setCookie } from '@/lib/access/cookies';
import { cookieValue, SESSION_COOKIE } from '@/lib/access/principal';
import { decodeSession } from '@/lib/access/session-token';
import { accessSettings } from '@/lib/access/settings';
import { finishOidc, OIDC_FLOW_COOKIE } from '@/lib/access/sign-in';
import { oidcCallbackEndpoint } from '@/lib/api/endpoints/access';
import { route } from '@/lib/api/route';

export const GET = route(oidcCallbackEndpoint, async ({ request }) => {
  const settings = accessSettings();
  const flowCookie = cookieValue(request, OIDC_FLOW_COOKIE);
  const flow = settings.mode === 'login' && flowCookie ? decodeSession(flowCookie, settings.sessionSecret, Date.now()) : null;
  const { session, next } = await finishOidc(new URL(request.url), flow);
  const headers = new Headers({ location: next });
  headers.append('set-cookie', setCookie(request, SESSION_COOKIE, session.cookie, (session.claims.expiresAtMs - Date.now()) / 1000));
  headers.append('set-cookie', clearCookie(request, OIDC_FLOW_COOKIE, '/api/auth/oidc'));
  return new Response(null, { status: 302, headers });
});
