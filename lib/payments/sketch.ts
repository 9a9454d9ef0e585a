// A mergeable quantile sketch for p50/p95 of amounts: a log-bucket histogram (the DDSketch idea).
// Bucket i holds values in (γ^(i-1), γ^i] with γ = (1+α)/(1-α); a quantile is answered with its bucket's
// representative 2γ^i/(γ+1), which is within a relative error α of every value in the bucket.
// Error bound: for the nearest-rank quantile x (the ⌈q·n⌉-th smallest), |estimate − x| ≤ α·x (α = 1%),
// plus at most 0.5 minor units from rounding to an integer. Merging adds bucket counts, so sketches from
// several partitions or windows combine with the same bound. Amounts above 2^53 minor units lose bucket
// precision only (Number), never the exact sums, which stay BigInt.

export const SKETCH_RELATIVE_ACCURACY = 0.01;
const GAMMA = (1 + SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);

/** Serialized form: [bucketIndex, count] pairs sorted by index. */
export type SketchBuckets = [number, number][];

export class QuantileSketch {
  private readonly counts = new Map<number, number>();
  private total = 0;

  static from(buckets: SketchBuckets): QuantileSketch {
    const sketch = new QuantileSketch();
    for (const [index, count] of buckets) sketch.addToBucket(index, count);
    return sketch;
  }

  get count(): number {
    return this.total;
  }

  /** Adds a positive value (minor units). */
  add(value: number): void {
    this.addToBucket(Math.ceil(Math.log(Math.max(value, 1)) / LOG_GAMMA), 1);
  }

  merge(other: QuantileSketch): void {
    for (const [index, count] of other.counts) this.addToBucket(index, count);
  }

  /** Nearest-rank quantile estimate, rounded to whole minor units; null when empty. */
  quantile(q: number): number | null {
    if (this.total === 0) return null;
    const rank = Math.max(1, Math.ceil(q * this.total));
    let seen = 0;
    for (const index of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(index)!;
      if (seen >= rank) return Math.round((2 * GAMMA ** index) / (GAMMA + 1));
    }
    return null;
  }

  toBuckets(): SketchBuckets {
    return [...this.counts.entries()].sort((a, b) => a[0] - b[0]);
  }

  private addToBucket(index: number, count: number) {
    this.counts.set(index, (this.counts.get(index) ?? 0) + count);
    this.total += count;
  }
}
