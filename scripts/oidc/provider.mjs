#!/usr/bin/env node
// A real OpenID Connect provider for the sign-in tests: panva's oidc-provider (the certified Node.js
// implementation) on 127.0.0.1, with its own login form. Any password signs in; the user name picks the
// groups claim, so tests can map groups to roles.
// Usage: OIDC_CLIENT_ID=… OIDC_CLIENT_SECRET=… node scripts/oidc/provider.mjs <port> <redirect-uri>
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const { OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = process.env;
if (!port || !redirectUri || !clientId || !clientSecret) {
  console.error('usage: OIDC_CLIENT_ID=… OIDC_CLIENT_SECRET=… node scripts/oidc/provider.mjs <port> <redirect-uri>');
  process.exit(2);
}

/** Groups per user name; unknown names get none. */
const GROUPS = {
  olivia: ['fluxo-admins'],
  victor: ['fluxo-viewers'],
};

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  claims: { openid: ['sub'], profile: ['preferred_username', 'name'], groups: ['groups'] },
  scopes: ['openid', 'profile', 'groups'],
  conformIdTokenClaims: false,
  findAccount: async (_ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, preferred_username: id, name: id, groups: GROUPS[id] ?? [] }),
  }),
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  // Consent is granted by the login itself: a test provider, not a product.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile groups');
    await grant.save();
    return grant;
  },
});
provider.proxy = false;
provider.listen(Number(port), '127.0.0.1', () => console.log(`oidc provider on http://127.0.0.1:${port}`));
