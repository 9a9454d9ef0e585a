import 'server-only';
// The cluster's masking rules for one topic, as the message paths apply them: every message is masked before
// a filter sees it or it leaves the server, and a filter that names a masked field is refused outright.
import type { Message } from '../api/schemas/messages';
import { getCluster } from '../config/clusters';
import { badRequest } from '../errors';
import { maskedFieldInFilter, maskMessage, rulesForTopic } from './masking';

/** Masks one message; `masksNothing` marks the masker of a topic no rule covers (its messages pass as they are). */
export type MessageMasker = ((message: Message) => Message) & { readonly masksNothing?: true };

const unmasked: MessageMasker = Object.assign((m: Message) => m, { masksNothing: true as const });

export function messageMasker(cluster: string, topic: string): MessageMasker {
  const rules = rulesForTopic(getCluster(cluster).masking, topic);
  return rules.length ? (m) => maskMessage(m, rules) : unmasked;
}

export function assertFilterAllowed(cluster: string, topic: string, filter: string | undefined): void {
  if (!filter) return;
  const field = maskedFieldInFilter(filter, rulesForTopic(getCluster(cluster).masking, topic));
  if (field) throw badRequest(`filter: ${field} is masked on this topic, so a search may not filter on it`);
}
