import { connectOverviewEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { connectOverview } from '@/lib/connect/connectors';

export const GET = route(connectOverviewEndpoint, ({ params }) => connectOverview(params.cluster));
