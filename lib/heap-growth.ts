import 'server-only';
// How far V8 lets the heap grow between full collections. By default it grows to 3–4 times what was live
// at the last one before collecting again; a scan makes a few hundred bytes of short-lived objects per
// record (records, views of their keys, the answer's buffers), so at that factor a one-million-message
// search took the server from 180 MB to 400 MB resident, garbage mostly. At 1.25 the same scan peaks
// about 100 MB lower at the same speed. A factor, not a ceiling: the live heap itself is never capped.
import { setFlagsFromString } from 'node:v8';

/** The heap may grow by this percentage of what the last full collection left; FLUXO_HEAP_GROWING_PERCENT moves it. */
const DEFAULT_HEAP_GROWING_PERCENT = 25;

export function limitHeapGrowth(): void {
  const setting = process.env.FLUXO_HEAP_GROWING_PERCENT;
  let percent = setting === undefined ? DEFAULT_HEAP_GROWING_PERCENT : Number(setting);
  if (!Number.isInteger(percent) || percent < 1 || percent > 1000) {
    console.warn(`FLUXO_HEAP_GROWING_PERCENT must be a whole number from 1 to 1000, not "${setting}"; using ${DEFAULT_HEAP_GROWING_PERCENT}`);
    percent = DEFAULT_HEAP_GROWING_PERCENT;
  }
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
