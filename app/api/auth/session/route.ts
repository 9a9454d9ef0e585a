import { describeSession } from '@/lib/access/session-view';
import { getSessionEndpoint } from '@/lib/api/endpoints/access';
import { route } from '@/lib/api/route';

export const GET = route(getSessionEndpoint, async ({ principal }) => describeSession(principal));
