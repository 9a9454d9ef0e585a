import { clearCookie } from '@/lib/access/cookies';
import { SESSION_COOKIE } from '@/lib/access/principal';
import { signOut } from '@/lib/access/sign-in';
import { signOutEndpoint } from '@/lib/api/endpoints/access';
import { route } from '@/lib/api/route';

export const POST = route(signOutEndpoint, async ({ principal, request }) => {
  await signOut(principal!);
  return Response.json({ signedOut: true }, { headers: { 'set-cookie': clearCookie(request, SESSION_COOKIE) } });
});
