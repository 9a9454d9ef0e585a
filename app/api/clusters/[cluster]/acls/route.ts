import { createAclsEndpoint, deleteAclsEndpoint, listAclsEndpoint } from '@/lib/api/endpoints/operations';
import { readJsonBody, respond } from '@/lib/api/respond';
import { addAcls, listAcls, removeAcls } from '@/lib/cluster/acls';

type Ctx = { params: Promise<{ cluster: string }> };

export async function GET(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster } = listAclsEndpoint.params.parse(await params);
    return listAcls(cluster, listAclsEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams)));
  });
}

export async function POST(req: Request, { params }: Ctx) {
  return respond(
    async () => {
      const { cluster } = createAclsEndpoint.params.parse(await params);
      return addAcls(cluster, createAclsEndpoint.body.parse(await readJsonBody(req)).acls);
    },
    { status: 201 },
  );
}

export async function DELETE(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster } = deleteAclsEndpoint.params.parse(await params);
    return removeAcls(cluster, deleteAclsEndpoint.body.parse(await readJsonBody(req)).filter);
  });
}
