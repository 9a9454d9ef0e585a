import { describe, expect, it } from 'vitest';
import { metricsText } from './metrics';

describe('metricsText', () => {
  it("shows the process's memory under the Prometheus Node.js client's names", () => {
    const text = metricsText();
    for (const name of ['process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_heap_size_total_bytes', 'nodejs_external_memory_bytes']) {
      expect(text).toContain(`# TYPE ${name} gauge`);
      expect(Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1])).toBeGreaterThan(0);
    }
  });
});
