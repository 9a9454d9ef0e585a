import 'server-only';
// Who may do what: ACLs listed with filters, created, and deleted by a filter whose matches can be previewed.
import type { Acl, AclFilter } from '../api/schemas/acls';
import { assertWritable, getCluster } from '../config/clusters';
import { createAcls, deleteAcls, describeAcls } from '../kafka/acls';
import { sortAcls } from './acl-order';

export async function listAcls(clusterName: string, filter: AclFilter): Promise<Acl[]> {
  getCluster(clusterName);
  return sortAcls(await describeAcls(clusterName, filter));
}

/** Creates the ACLs and answers them (Kafka's CreateAcls answers no more than success). */
export async function addAcls(clusterName: string, acls: Acl[]): Promise<Acl[]> {
  assertWritable(clusterName);
  await createAcls(clusterName, acls);
  return acls;
}

export async function removeAcls(clusterName: string, filter: AclFilter): Promise<{ deleted: Acl[] }> {
  assertWritable(clusterName);
  return { deleted: sortAcls(await deleteAcls(clusterName, filter)) };
}
