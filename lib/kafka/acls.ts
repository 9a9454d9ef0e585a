import 'server-only';
// ACLs through kafkajs's admin (DescribeAcls, CreateAcls, DeleteAcls), in Fluxo's names. A cluster whose
// brokers run no authorizer answers SECURITY_DISABLED, which becomes a plain 400.
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { FluxoError } from '../errors';
import { withAdmin } from './client';

const RESOURCE = {
  any: AclResourceTypes.ANY,
  topic: AclResourceTypes.TOPIC,
  group: AclResourceTypes.GROUP,
  cluster: AclResourceTypes.CLUSTER,
  'transactional-id': AclResourceTypes.TRANSACTIONAL_ID,
  'delegation-token': AclResourceTypes.DELEGATION_TOKEN,
} as const satisfies Record<string, AclResourceTypes>;
const OPERATION = {
  any: AclOperationTypes.ANY,
  all: AclOperationTypes.ALL,
  read: AclOperationTypes.READ,
  write: AclOperationTypes.WRITE,
  create: AclOperationTypes.CREATE,
  delete: AclOperationTypes.DELETE,
  alter: AclOperationTypes.ALTER,
  describe: AclOperationTypes.DESCRIBE,
  'cluster-action': AclOperationTypes.CLUSTER_ACTION,
  'describe-configs': AclOperationTypes.DESCRIBE_CONFIGS,
  'alter-configs': AclOperationTypes.ALTER_CONFIGS,
  'idempotent-write': AclOperationTypes.IDEMPOTENT_WRITE,
} as const satisfies Record<string, AclOperationTypes>;
const PERMISSION = {
  any: AclPermissionTypes.ANY,
  allow: AclPermissionTypes.ALLOW,
  deny: AclPermissionTypes.DENY,
} as const satisfies Record<string, AclPermissionTypes>;
const PATTERN = {
  any: ResourcePatternTypes.ANY,
  match: ResourcePatternTypes.MATCH,
  literal: ResourcePatternTypes.LITERAL,
  prefixed: ResourcePatternTypes.PREFIXED,
} as const satisfies Record<string, ResourcePatternTypes>;

type AnyName = 'any' | 'match';
export type AclResourceType = Exclude<keyof typeof RESOURCE, AnyName>;
export type AclOperation = Exclude<keyof typeof OPERATION, AnyName>;
export type AclPermission = Exclude<keyof typeof PERMISSION, AnyName>;
export type AclPatternType = Exclude<keyof typeof PATTERN, AnyName>;

/** One ACL binding in Fluxo's names for Kafka's codes. */
export interface Acl {
  principal: string;
  host: string;
  operation: AclOperation;
  permission: AclPermission;
  resourceType: AclResourceType;
  resourceName: string;
  patternType: AclPatternType;
}

/** A binding filter: "any" (or a field left out) matches every value; patternType "match" also matches wildcard and prefixed ACLs that apply to the name. */
export interface AclFilter {
  principal?: string;
  host?: string;
  operation: AclOperation | 'any';
  permission: AclPermission | 'any';
  resourceType: AclResourceType | 'any';
  resourceName?: string;
  patternType: AclPatternType | AnyName;
}

function nameOf<K extends string>(table: Readonly<Record<K, number>>, code: number): K {
  const hit = (Object.entries(table) as [K, number][]).find(([, v]) => v === code);
  if (!hit) throw new FluxoError('internal', `Kafka answered an unknown ACL code ${code}`);
  return hit[0];
}

const concrete = <K extends string>(table: Readonly<Record<K, number>>, code: number) => nameOf(table, code) as Exclude<K, AnyName>;

function toFilter(f: AclFilter) {
  return {
    resourceType: RESOURCE[f.resourceType],
    resourceName: f.resourceName,
    resourcePatternType: PATTERN[f.patternType],
    principal: f.principal,
    host: f.host,
    operation: OPERATION[f.operation],
    permissionType: PERMISSION[f.permission],
  };
}

interface KafkaAcl {
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
  resourceType: number;
  resourceName: string;
  resourcePatternType: number;
}

function fromKafka(a: KafkaAcl): Acl {
  return {
    principal: a.principal,
    host: a.host,
    operation: concrete(OPERATION, a.operation),
    permission: concrete(PERMISSION, a.permissionType),
    resourceType: concrete(RESOURCE, a.resourceType),
    resourceName: a.resourceName,
    patternType: concrete(PATTERN, a.resourcePatternType),
  };
}

async function withAuthorizer<T>(clusterName: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof FluxoError && /security features are disabled|SECURITY_DISABLED/i.test(`${err.message} ${String((err.cause as { type?: string })?.type ?? '')}`)) {
      throw new FluxoError('bad_request', `Cluster "${clusterName}" runs no authorizer: its brokers keep no ACLs (set authorizer.class.name)`);
    }
    throw err;
  }
}

export async function describeAcls(clusterName: string, filter: AclFilter): Promise<Acl[]> {
  const { resources } = await withAuthorizer(clusterName, () => withAdmin(clusterName, (admin) => admin.describeAcls(toFilter(filter))));
  return resources.flatMap((r) => r.acls.map((a) => fromKafka({ ...a, resourceType: r.resourceType, resourceName: r.resourceName, resourcePatternType: r.resourcePatternType })));
}

export async function createAcls(clusterName: string, acls: Acl[]): Promise<void> {
  await withAuthorizer(clusterName, () =>
    withAdmin(clusterName, (admin) =>
      admin.createAcls({
        acl: acls.map((a) => ({
          principal: a.principal,
          host: a.host,
          operation: OPERATION[a.operation],
          permissionType: PERMISSION[a.permission],
          resourceType: RESOURCE[a.resourceType],
          resourceName: a.resourceName,
          resourcePatternType: PATTERN[a.patternType],
        })),
      }),
    ),
  );
}

/** Deletes what the filter matches and answers the ACLs Kafka removed. */
export async function deleteAcls(clusterName: string, filter: AclFilter): Promise<Acl[]> {
  const { filterResponses } = await withAuthorizer(clusterName, () => withAdmin(clusterName, (admin) => admin.deleteAcls({ filters: [toFilter(filter)] })));
  return filterResponses.flatMap((f) => f.matchingAcls.map(fromKafka));
}
