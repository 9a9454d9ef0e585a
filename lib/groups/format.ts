// Human-readable lag for tables and chart tooltips.

/** 45 s, 3 min 20 s, 2 h 5 min, 3 d 4 h: two units at most, the largest first. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s} s`;
  const units: [number, string][] = [
    [86_400, 'd'],
    [3_600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  const i = units.findIndex(([size]) => s >= size);
  const [big, bigName] = units[i]!;
  const [small, smallName] = units[i + 1]!;
  const rest = Math.floor((s % big) / small);
  return rest ? `${Math.floor(s / big)} ${bigName} ${rest} ${smallName}` : `${Math.floor(s / big)} ${bigName}`;
}
