import { connectOverviewEndpoint } from '@/lib/api/endpoints/connect';
import { respond } from '@/lib/api/respond';
import { connectOverview } from '@/lib/connect/connectors';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => connectOverview(connectOverviewEndpoint.params.parse(await params).cluster));
}
