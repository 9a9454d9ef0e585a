import 'server-only';
// Access control's place in the route wrapper (lib/api/route.ts): called for every API request after the
// edge checks (Host, origin, content type) and the path parameters are parsed, before the body is read or
// the handler runs. Today every request passes: Fluxo has no identities yet. Access control replaces the
// body of this function (identity from the request, then endpointPermission(endpoint) on params.cluster)
// and throws a FluxoError to refuse.
import type { Endpoint } from './endpoint';

export interface GuardInput {
  request: Request;
  /** The endpoint's parsed path parameters (e.g. { cluster }). */
  params: Record<string, unknown>;
}

export async function guard(_endpoint: Endpoint, _input: GuardInput): Promise<void> {}
