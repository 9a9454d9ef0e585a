import 'server-only';
// API tokens and revoked sessions, kept in Kafka itself (a compacted topic of the state cluster) so that
// every console replica sees the same ones. Each replica reads the topic into memory and re-reads it every
// few seconds; its own changes apply at once.
import { browseQuery, produceBody } from '../api/schemas/messages';
import { getClusters } from '../config/clusters';
import { ensureOwnTopic } from '../kafka/own-topics';
import { browseMessages } from '../messages/browse';
import { produceMessage } from '../messages/produce';

export const ACCESS_TOPIC = process.env.FLUXO_ACCESS_TOPIC ?? '__fluxo_access';
const REFRESH_MS = 5_000;
const PAGE = 1_000;
/** Reads stop here: a state topic this large is a mistake, not state. */
const MAX_RECORDS = 200_000;

export interface TokenRecord {
  id: string;
  name: string;
  role: string;
  clusters: string[];
  secretHash: string;
  createdBy: string;
  createdAtMs: number;
  lastUsedAtMs: number | null;
  revokedAtMs: number | null;
}

interface RevokedSession {
  sid: string;
  expiresAtMs: number;
}

interface State {
  tokens: Map<string, TokenRecord>;
  revoked: Map<string, RevokedSession>;
  readAtMs: number;
}

let state: State = { tokens: new Map(), revoked: new Map(), readAtMs: 0 };
let reading: Promise<State> | null = null;

export function stateCluster(): string {
  return process.env.FLUXO_ACCESS_CLUSTER ?? getClusters()[0]!.name;
}

async function ensureTopic(): Promise<void> {
  await ensureOwnTopic(stateCluster(), {
    name: ACCESS_TOPIC,
    partitions: 1,
    configs: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': '60000' },
  });
}

async function readAll(): Promise<State> {
  await ensureTopic();
  const next: State = { tokens: new Map(), revoked: new Map(), readAtMs: Date.now() };
  let cursor: string | undefined;
  for (let read = 0; read < MAX_RECORDS;) {
    const page = await browseMessages(stateCluster(), ACCESS_TOPIC, browseQuery.parse({ from: 'oldest', order: 'oldest', limit: PAGE, cursor }));
    for (const m of page.messages) apply(next, m.key, m.value);
    read += page.messages.length;
    if (page.messages.length < PAGE || !page.next) break;
    cursor = page.next;
  }
  return next;
}

function apply(s: State, key: string | null, value: string | null): void {
  if (!key) return;
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const parsed = value === null ? null : (JSON.parse(value) as unknown);
  if (kind === 'token') {
    if (parsed) s.tokens.set(id, parsed as TokenRecord);
    else s.tokens.delete(id);
  } else if (kind === 'revoked') {
    if (parsed) s.revoked.set(id, parsed as RevokedSession);
    else s.revoked.delete(id);
  }
}

/** The current state, re-read when older than the refresh interval. */
async function current(): Promise<State> {
  if (Date.now() - state.readAtMs < REFRESH_MS) return state;
  reading ??= readAll()
    .then((s) => {
      state = s;
      return s;
    })
    // The state cluster down must not lock everyone out: keep what was read last (sessions still expire),
    // and try again in a second.
    .catch((err: unknown) => {
      console.error(`[fluxo] access state: cannot read ${ACCESS_TOPIC}: ${(err as Error).message}`);
      state = { ...state, readAtMs: Date.now() - REFRESH_MS + 1_000 };
      return state;
    })
    .finally(() => {
      reading = null;
    });
  return state.readAtMs === 0 ? reading : state;
}

async function write(key: string, value: unknown): Promise<void> {
  await ensureTopic();
  await produceMessage(stateCluster(), ACCESS_TOPIC, produceBody.parse({
    key, value: value === null ? null : JSON.stringify(value), valueEncoding: 'json',
  }));
  apply(state, key, value === null ? null : JSON.stringify(value));
}

export async function findToken(id: string): Promise<TokenRecord | undefined> {
  return (await current()).tokens.get(id);
}

export async function listTokens(): Promise<TokenRecord[]> {
  return [...(await current()).tokens.values()].sort((a, b) => b.createdAtMs - a.createdAtMs);
}

export async function saveToken(token: TokenRecord): Promise<void> {
  await write(`token:${token.id}`, token);
}

/** Last use is written at most once a minute per token: a busy script must not flood the topic. */
export async function touchToken(token: TokenRecord, nowMs: number): Promise<void> {
  if (token.lastUsedAtMs !== null && nowMs - token.lastUsedAtMs < 60_000) return;
  await saveToken({ ...token, lastUsedAtMs: nowMs });
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await current()).revoked.has(sid);
}

export async function revokeSession(sid: string, expiresAtMs: number): Promise<void> {
  await write(`revoked:${sid}`, { sid, expiresAtMs } satisfies RevokedSession);
}
