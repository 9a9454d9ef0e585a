// Even time ticks for chart axes: a round step (10 s, 1 min, 15 min, 1 h, 1 d …) chosen so at most `maxTicks`
// fit, placed on multiples of the step, so ticks read 20:15, 20:30, 20:45 rather than 20:13:07, 20:29:52.
const STEPS_MS = [
  1_000, 5_000, 10_000, 15_000, 30_000,
  60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000, 30 * 60_000,
  3_600_000, 2 * 3_600_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000,
  86_400_000, 2 * 86_400_000,
];

export function timeTickStep(spanMs: number, maxTicks: number): number {
  // n ticks span n − 1 steps.
  return STEPS_MS.find((step) => spanMs / step <= maxTicks - 1) ?? STEPS_MS[STEPS_MS.length - 1]!;
}

/**
 * Ticks between two instants. `offsetMs` is the zone's offset from UTC (local time: -getTimezoneOffset()),
 * so hour and day ticks fall on the reader's round hours and midnights, not UTC's.
 */
export function evenTimeTicks(startMs: number, endMs: number, maxTicks = 6, offsetMs = 0): number[] {
  if (!(endMs > startMs)) return [startMs];
  const step = timeTickStep(endMs - startMs, maxTicks);
  const first = Math.ceil((startMs + offsetMs) / step) * step - offsetMs;
  const ticks: number[] = [];
  for (let t = first; t <= endMs; t += step) ticks.push(t);
  return ticks;
}

/** Round numbers for a count axis: 0, 250, 500, 750, 1000 rather than 0, 283, 566. */
export function evenCountTicks(max: number, maxTicks = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const stepWhole = Math.max(1, step);
  const ticks: number[] = [];
  for (let t = 0; t < max + stepWhole; t += stepWhole) ticks.push(t);
  return ticks;
}
