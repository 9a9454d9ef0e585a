import 'server-only';
import { getClusters } from './clusters';

/** A bad clusters config stops the server with one line naming the field, before any request. */
export function checkConfigAtStart(): void {
  try {
    const clusters = getClusters();
    console.log(`[fluxo] clusters: ${clusters.map((c) => `${c.name} (${c.brokers.join(',')})`).join('; ')}`);
  } catch (err) {
    console.error(`[fluxo] configuration error: ${(err as Error).message}`);
    process.exit(1);
  }
}
