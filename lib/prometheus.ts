// Prometheus's text format: one metric as its HELP and TYPE lines and its samples.

/** A metric's lines: one unlabelled sample for a number, or the given sample lines (labelled ones). */
export function metricLines(type: 'gauge' | 'counter', name: string, help: string, samples: number | string[]): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...(typeof samples === 'number' ? [`${name} ${samples}`] : samples)];
}
