import { getLagHistoryEndpoint } from '@/lib/api/endpoints/groups';
import { respond } from '@/lib/api/respond';
import { getLagHistory } from '@/lib/groups/consumer-groups';

export async function GET(req: Request, { params }: { params: Promise<{ cluster: string; group: string }> }) {
  return respond(async () => {
    const { cluster, group } = getLagHistoryEndpoint.params.parse(await params);
    const { minutes } = getLagHistoryEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    return getLagHistory(cluster, group, minutes);
  });
}
