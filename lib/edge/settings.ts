// The edge's knobs, from the environment: which host names are served and how large a request body may be.
// Read at each use (a handful of string operations), so the proxy and the route bundles agree without a cache.
import { parseAllowedHosts } from './request-checks';

const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** A positive integer from the environment; unset or invalid gives the fallback. */
export function positiveIntSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** FLUXO_ALLOWED_HOSTS: public names (or name:port) served besides localhost, 127.0.0.1 and [::1]. */
export function allowedHosts(): string[] {
  return parseAllowedHosts(process.env.FLUXO_ALLOWED_HOSTS);
}

/** FLUXO_MAX_BODY_BYTES: the largest request body read (2 MiB: a base64 message of Kafka's default 1 MB). */
export function maxBodyBytes(): number {
  return positiveIntSetting('FLUXO_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES);
}
