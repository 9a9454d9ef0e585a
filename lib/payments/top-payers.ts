// Top payers by amount in bounded memory: the weighted Space-Saving summary (Metwally et al.). It keeps at
// most CAPACITY payers; a newcomer replaces the smallest entry and inherits its sum as possible over-count
// (`overMinor`), so a payer's true sum lies in [sumMinor − overMinor, sumMinor]. Payers whose share exceeds
// 1/CAPACITY of the window's amount are always kept. Since events are keyed by payer, one payer lives in one
// partition: summaries of different partitions merge by union without extra error.

export const TOP_PAYERS_CAPACITY = 20;

export interface PayerTotal {
  payer: string;
  count: number;
  sumMinor: bigint;
  overMinor: bigint;
}

export class TopPayers {
  private readonly entries = new Map<string, PayerTotal>();

  static from(totals: PayerTotal[]): TopPayers {
    const top = new TopPayers();
    for (const t of totals) top.entries.set(t.payer, { ...t });
    return top;
  }

  add(payer: string, amountMinor: bigint): void {
    const existing = this.entries.get(payer);
    if (existing) {
      existing.count += 1;
      existing.sumMinor += amountMinor;
      return;
    }
    if (this.entries.size < TOP_PAYERS_CAPACITY) {
      this.entries.set(payer, { payer, count: 1, sumMinor: amountMinor, overMinor: 0n });
      return;
    }
    let smallest: PayerTotal | undefined;
    for (const e of this.entries.values()) if (!smallest || e.sumMinor < smallest.sumMinor) smallest = e;
    this.entries.delete(smallest!.payer);
    this.entries.set(payer, {
      payer,
      count: 1,
      sumMinor: smallest!.sumMinor + amountMinor,
      overMinor: smallest!.sumMinor,
    });
  }

  /** Largest first; ties by payer name so the order is stable. */
  ranked(limit = TOP_PAYERS_CAPACITY): PayerTotal[] {
    return [...this.entries.values()]
      .sort((a, b) => (a.sumMinor === b.sumMinor ? a.payer.localeCompare(b.payer) : a.sumMinor > b.sumMinor ? -1 : 1))
      .slice(0, limit);
  }
}
