import 'server-only';
// The search and export loops ask a filter about a whole batch at once (the MessageFilter.matchBatch
// contract: one boolean per message, in order, rejecting when the signal aborts). Until filters evaluate
// batches themselves (in worker threads), this adapter asks the per-message matches() in order.
import type { Message } from '../api/schemas/messages';
import { FluxoError } from '../errors';
import type { MessageFilter } from './filter';

export async function matchEach(filter: MessageFilter, messages: readonly Message[], signal: AbortSignal): Promise<boolean[]> {
  const verdicts: boolean[] = [];
  for (const message of messages) {
    if (signal.aborted) throw new FluxoError('timeout', 'The search was cancelled');
    verdicts.push(await filter.matches(message));
  }
  return verdicts;
}
