// The aggregate topic's records (payments.stats.1m). One record per window+currency+status and source
// partition, its value the window's full state, so the newest committed value per key is the truth
// (compaction keeps exactly that) and a restarted aggregator reloads its open windows from it.
// Keys carry the source partition because each input partition is aggregated on its own (an instance owns
// whole partitions); readers merge the partials, which sums, sketches and payer summaries allow.
import { z } from '../zod';
import { PAYMENT_STATUSES } from './event';
import { CURRENCIES, MINOR_AMOUNT_PATTERN } from './money';
import { QuantileSketch } from './sketch';
import { TopPayers } from './top-payers';
import { WINDOW_MS, type WindowAggregate } from './windows';

const minor = z.string().regex(/^(0|[1-9][0-9]*)$/);

export const windowRecordSchema = z
  .object({
    kind: z.literal('window'),
    schemaVersion: z.literal(1),
    windowStart: z.iso.datetime(),
    windowEnd: z.iso.datetime(),
    currency: z.enum(CURRENCIES),
    status: z.enum(PAYMENT_STATUSES),
    sourcePartition: z.number().int().min(0),
    count: z.number().int().positive(),
    sumMinor: minor,
    minMinor: z.string().regex(MINOR_AMOUNT_PATTERN),
    maxMinor: z.string().regex(MINOR_AMOUNT_PATTERN),
    sketch: z.array(z.tuple([z.number().int(), z.number().int().positive()])),
    topPayers: z.array(z.object({ payer: z.string(), count: z.number().int(), sumMinor: minor, overMinor: minor })),
  })
  .strict();

export const progressRecordSchema = z
  .object({
    kind: z.literal('progress'),
    schemaVersion: z.literal(1),
    sourcePartition: z.number().int().min(0),
    /** Largest occurredAt seen in the partition: the watermark plus the grace period. */
    maxEventTime: z.iso.datetime().nullable(),
    droppedLate: z.number().int().min(0),
  })
  .strict();

export const aggregateRecordSchema = z.discriminatedUnion('kind', [windowRecordSchema, progressRecordSchema]);
export type WindowRecord = z.infer<typeof windowRecordSchema>;
export type ProgressRecord = z.infer<typeof progressRecordSchema>;
export type AggregateRecord = z.infer<typeof aggregateRecordSchema>;

export const windowRecordKey = (w: WindowAggregate, sourcePartition: number) =>
  `${new Date(w.startMs).toISOString()}|${w.currency}|${w.status}|p${sourcePartition}`;
export const progressRecordKey = (sourcePartition: number) => `progress|p${sourcePartition}`;

export function toWindowRecord(w: WindowAggregate, sourcePartition: number): WindowRecord {
  return {
    kind: 'window',
    schemaVersion: 1,
    windowStart: new Date(w.startMs).toISOString(),
    windowEnd: new Date(w.startMs + WINDOW_MS).toISOString(),
    currency: w.currency,
    status: w.status,
    sourcePartition,
    count: w.count,
    sumMinor: w.sumMinor.toString(),
    minMinor: w.minMinor.toString(),
    maxMinor: w.maxMinor.toString(),
    sketch: w.sketch.toBuckets(),
    topPayers: w.payers.ranked().map((p) => ({
      payer: p.payer,
      count: p.count,
      sumMinor: p.sumMinor.toString(),
      overMinor: p.overMinor.toString(),
    })),
  };
}

export function fromWindowRecord(r: WindowRecord): WindowAggregate {
  return {
    startMs: Date.parse(r.windowStart),
    currency: r.currency,
    status: r.status,
    count: r.count,
    sumMinor: BigInt(r.sumMinor),
    minMinor: BigInt(r.minMinor),
    maxMinor: BigInt(r.maxMinor),
    sketch: QuantileSketch.from(r.sketch),
    payers: TopPayers.from(
      r.topPayers.map((p) => ({ ...p, sumMinor: BigInt(p.sumMinor), overMinor: BigInt(p.overMinor) })),
    ),
  };
}

/** Parses a record value; null when it is not an aggregate record of this schema. */
export function parseAggregateRecord(value: Buffer | string | null): AggregateRecord | null {
  if (value === null) return null;
  try {
    const parsed = aggregateRecordSchema.safeParse(JSON.parse(value.toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
