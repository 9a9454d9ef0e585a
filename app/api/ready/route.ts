import { readinessEndpoint } from '@/lib/api/endpoints/operations';
import { route } from '@/lib/api/route';
import { readiness } from '@/lib/cluster/readiness';

export const GET = route(readinessEndpoint, async () => {
  const answer = await readiness();
  return answer.ready ? answer : Response.json(answer, { status: 503 });
});
