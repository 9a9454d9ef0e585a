import { defineEndpoint } from '../endpoint';
import {
  apiTokenListSchema, auditListSchema, auditQuery, createdTokenSchema, createTokenBody, oidcCallbackQuery, oidcLoginQuery,
  redirectSchema, sessionSchema, signedOutSchema, signInBody, tokenParams,
} from '../schemas/access';
import { clusterParams } from '../schemas/common';

export const getSessionEndpoint = defineEndpoint({
  method: 'get',
  path: '/api/auth/session',
  tag: 'Access',
  summary: 'Who is signed in, how sign-in works here, and what the user may do on each cluster',
  access: 'public',
  response: sessionSchema,
});

export const signInEndpoint = defineEndpoint({
  method: 'post',
  path: '/api/auth/login',
  tag: 'Access',
  summary: 'Sign in with a user name and password from the config file; sets the session cookie',
  description: 'Failed sign-ins are limited per user name and client address (429 with Retry-After beyond five in five minutes).',
  access: 'public',
  auditAction: 'auth:login',
  body: signInBody,
  response: sessionSchema,
  errors: [401, 429],
});

export const signOutEndpoint = defineEndpoint({
  method: 'post',
  path: '/api/auth/logout',
  tag: 'Access',
  summary: 'Sign out: the session is revoked on every console replica and its cookie cleared',
  access: 'signed-in',
  auditAction: 'auth:logout',
  response: signedOutSchema,
  errors: [401],
});

export const oidcLoginEndpoint = defineEndpoint({
  method: 'get',
  path: '/api/auth/oidc/login',
  tag: 'Access',
  summary: 'Start single sign-on: redirects to the OpenID Connect provider (PKCE, state and nonce)',
  access: 'public',
  query: oidcLoginQuery,
  response: redirectSchema,
  status: 302,
  errors: [404, 503],
});

export const oidcCallbackEndpoint = defineEndpoint({
  method: 'get',
  path: '/api/auth/oidc/callback',
  tag: 'Access',
  summary: "The provider's redirect back: checks the answer, sets the session cookie, returns to the console",
  access: 'public',
  query: oidcCallbackQuery,
  response: redirectSchema,
  status: 302,
  errors: [401, 503],
});

export const listTokensEndpoint = defineEndpoint({
  method: 'get',
  path: '/api/auth/tokens',
  tag: 'Access',
  summary: 'API tokens (never their secrets), with role, clusters and last use',
  access: 'tokens:manage',
  response: apiTokenListSchema,
  errors: [401, 403],
});

export const createTokenEndpoint = defineEndpoint({
  method: 'post',
  path: '/api/auth/tokens',
  tag: 'Access',
  summary: 'Make an API token with a role on some clusters; the answer carries the token once',
  access: 'tokens:manage',
  body: createTokenBody,
  response: createdTokenSchema,
  status: 201,
  errors: [401, 403],
});

export const revokeTokenEndpoint = defineEndpoint({
  method: 'delete',
  path: '/api/auth/tokens/{id}',
  tag: 'Access',
  summary: 'Revoke an API token: every replica refuses it from then on',
  access: 'tokens:manage',
  params: tokenParams,
  response: createdTokenSchema.omit({ token: true }),
  errors: [401, 403],
});

export const listAuditEndpoint = defineEndpoint({
  method: 'get',
  path: '/api/clusters/{cluster}/audit',
  tag: 'Access',
  summary: "The cluster's audit log (newest first): every change and every message read, search and export",
  access: 'audit:read',
  params: clusterParams,
  query: auditQuery,
  response: auditListSchema,
  errors: [401, 403, 503, 504],
});
