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
  /** A token's last use, under a key of its own ("used:<id>"): writing it never rewrites the token record, so
   * a use recorded just after a revocation cannot bring the token back. */
  lastUsed: Map<string, number>;
  revoked: Map<string, RevokedSession>;
  readAtMs: number;
}

const emptyState = (readAtMs: number): State => ({ tokens: new Map(), lastUsed: new Map(), revoked: new Map(), readAtMs });
let state: State = emptyState(0);
let reading: Promise<State> | null = null;
/** This process's writes, numbered: a re-read that began before one may have missed it, and applies it again. */
let writeSeq = 0;
let localWrites: { seq: number; key: string; value: string | null }[] = [];

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
  const startedAfter = writeSeq;
  const next = emptyState(Date.now());
  let cursor: string | undefined;
  for (let read = 0; read < MAX_RECORDS;) {
    const page = await browseMessages(stateCluster(), ACCESS_TOPIC, browseQuery.parse({ from: 'oldest', order: 'oldest', limit: PAGE, cursor }));
    for (const m of page.messages) apply(next, m.key, m.value);
    read += page.messages.length;
    if (page.messages.length < PAGE || !page.next) break;
    cursor = page.next;
  }
  // Writes made while the read ran are newer than anything it may have missed; those made before it began
  // were in the topic when it started reading, so they need no keeping.
  for (const w of localWrites) if (w.seq > startedAfter) apply(next, w.key, w.value);
  localWrites = localWrites.filter((w) => w.seq > startedAfter);
  return next;
}

function apply(s: State, key: string | null, value: string | null): void {
  if (!key) return;
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const parsed = value === null ? null : (JSON.parse(value) as unknown);
  if (kind === 'token') {
    if (parsed) s.tokens.set(id, parsed as TokenRecord);
    else s.tokens.delete(id);
  } else if (kind === 'used') {
    const at = (parsed as { lastUsedAtMs?: unknown } | null)?.lastUsedAtMs;
    if (typeof at === 'number') s.lastUsed.set(id, at);
    else s.lastUsed.delete(id);
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
  const text = value === null ? null : JSON.stringify(value);
  localWrites.push({ seq: ++writeSeq, key, value: text });
  apply(state, key, text);
}

const withLastUse = (s: State, t: TokenRecord): TokenRecord => ({ ...t, lastUsedAtMs: s.lastUsed.get(t.id) ?? t.lastUsedAtMs });

export async function findToken(id: string): Promise<TokenRecord | undefined> {
  const s = await current();
  const token = s.tokens.get(id);
  return token && withLastUse(s, token);
}

export async function listTokens(): Promise<TokenRecord[]> {
  const s = await current();
  return [...s.tokens.values()].map((t) => withLastUse(s, t)).sort((a, b) => b.createdAtMs - a.createdAtMs);
}

export async function saveToken(token: TokenRecord): Promise<void> {
  await write(`token:${token.id}`, token);
}

/** Last use is written at most once a minute per token: a busy script must not flood the topic. */
export async function touchToken(token: TokenRecord, nowMs: number): Promise<void> {
  if (token.lastUsedAtMs !== null && nowMs - token.lastUsedAtMs < 60_000) return;
  await write(`used:${token.id}`, { lastUsedAtMs: nowMs });
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await current()).revoked.has(sid);
}

export async function revokeSession(sid: string, expiresAtMs: number): Promise<void> {
  await write(`revoked:${sid}`, { sid, expiresAtMs } satisfies RevokedSession);
}
