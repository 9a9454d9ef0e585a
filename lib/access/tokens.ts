import 'server-only';
// API tokens, made and revoked by admins. The token is returned once; only its hash is kept.
import type { z } from 'zod';
import type { apiTokenSchema, createTokenBody } from '../api/schemas/access';
import { badRequest, notFound } from '../errors';
import { newToken } from './api-token';
import { rolePermissions } from './grants';
import type { Principal } from './principal';
import { accessSettings } from './settings';
import { findToken, listTokens as storedTokens, saveToken, type TokenRecord } from './state-store';

type ApiToken = z.infer<typeof apiTokenSchema>;

function view(t: TokenRecord): ApiToken {
  return {
    id: t.id, name: t.name, role: t.role, clusters: t.clusters, createdBy: t.createdBy,
    createdAt: t.createdAtMs, lastUsedAt: t.lastUsedAtMs, revokedAt: t.revokedAtMs,
  };
}

function requireLogin() {
  const s = accessSettings();
  if (s.mode !== 'login') throw badRequest('API tokens need sign-in configured (auth.mode "login"); an open console needs none');
  return s;
}

export async function listApiTokens(): Promise<{ items: ApiToken[] }> {
  requireLogin();
  return { items: (await storedTokens()).map(view) };
}

export async function createApiToken(body: z.infer<typeof createTokenBody>, maker: Principal): Promise<ApiToken & { token: string }> {
  const s = requireLogin();
  if (rolePermissions(body.role, s.roles).length === 0) throw badRequest(`role: unknown role "${body.role}"`);
  const made = newToken();
  const record: TokenRecord = {
    id: made.id, name: body.name, role: body.role, clusters: body.clusters, secretHash: made.secretHash,
    createdBy: maker.user, createdAtMs: Date.now(), lastUsedAtMs: null, revokedAtMs: null,
  };
  await saveToken(record);
  return { ...view(record), token: made.token };
}

export async function revokeApiToken(id: string): Promise<ApiToken> {
  requireLogin();
  const token = await findToken(id);
  if (!token) throw notFound(`No API token ${id}`);
  const revoked = { ...token, revokedAtMs: token.revokedAtMs ?? Date.now() };
  await saveToken(revoked);
  return view(revoked);
}
