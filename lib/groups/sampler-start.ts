import 'server-only';
// The lag sampler of every configured cluster starts with the server (instrumentation.ts), not on the first
// read: history and the exporter have samples whether or not anyone opened a page.
import { getClusters } from '../config/clusters';
import { ensureLagSampler } from './lag-sampler';

export function startLagSamplers(): void {
  if (process.env.FLUXO_LAG_SAMPLER === 'off') return;
  for (const cluster of getClusters()) ensureLagSampler(cluster.name);
}
