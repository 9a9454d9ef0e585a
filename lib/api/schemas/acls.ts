import { z } from '../../zod';

export const ACL_RESOURCE_TYPES = ['topic', 'group', 'cluster', 'transactional-id', 'delegation-token'] as const;
export const ACL_OPERATIONS = [
  'all',
  'read',
  'write',
  'create',
  'delete',
  'alter',
  'describe',
  'cluster-action',
  'describe-configs',
  'alter-configs',
  'idempotent-write',
] as const;
export const ACL_PERMISSIONS = ['allow', 'deny'] as const;
export const ACL_PATTERN_TYPES = ['literal', 'prefixed'] as const;

const principal = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[A-Za-z]+:.+$/, 'A principal is "Type:name", e.g. User:alice')
  .openapi({ example: 'User:alice' });

export const aclSchema = z
  .object({
    principal,
    host: z.string().min(1).max(256).openapi({ description: '"*" for any host', example: '*' }),
    operation: z.enum(ACL_OPERATIONS),
    permission: z.enum(ACL_PERMISSIONS),
    resourceType: z.enum(ACL_RESOURCE_TYPES),
    resourceName: z.string().min(1).max(256).openapi({ description: '"*" for every resource of the type; the cluster is "kafka-cluster"', example: 'orders' }),
    patternType: z.enum(ACL_PATTERN_TYPES).openapi({ description: 'literal: the name exactly ("*" = all); prefixed: every name starting with it' }),
  })
  .openapi('Acl');
export type Acl = z.infer<typeof aclSchema>;

export const aclListSchema = z.array(aclSchema).openapi('AclList');

/** A filter: a field left out (or "any") matches every value; patternType "match" also matches wildcard and prefixed ACLs that apply to the name. */
export const aclFilterSchema = z
  .object({
    principal: principal.optional(),
    host: z.string().min(1).max(256).optional(),
    operation: z.enum(['any', ...ACL_OPERATIONS]).default('any'),
    permission: z.enum(['any', ...ACL_PERMISSIONS]).default('any'),
    resourceType: z.enum(['any', ...ACL_RESOURCE_TYPES]).default('any'),
    resourceName: z.string().min(1).max(256).optional(),
    patternType: z.enum(['any', 'match', ...ACL_PATTERN_TYPES]).default('any'),
  })
  .openapi('AclFilter');
export type AclFilter = z.infer<typeof aclFilterSchema>;

export const createAclsBody = z.object({ acls: z.array(aclSchema).min(1).max(100) }).openapi('CreateAcls');

export const deleteAclsBody = z
  .object({
    filter: aclFilterSchema,
    confirm: z.literal(true).openapi({ description: 'Must be true; GET /acls with the same filter previews what is deleted' }),
  })
  .refine((b) => Object.keys(b.filter).some((k) => !['operation', 'permission', 'resourceType', 'patternType'].includes(k)) || b.filter.resourceType !== 'any', {
    message: 'A delete filter must name a principal, host, resource type or resource name: it would delete every ACL',
  })
  .openapi('DeleteAcls');

export const deletedAclsSchema = z.object({ deleted: aclListSchema }).openapi('DeletedAcls');
