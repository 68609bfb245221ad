import type { ModelPrice, TierName } from '@statex/config';

export interface UsageEntry {
  requestId: string;
  tier: TierName;
  model: string;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
}

/** Tokens and cost per request and tier, with daily totals per tier for the budgets. */
export interface UsageLedger {
  record(entry: UsageEntry): Promise<void>;
  /** USD the tier has spent today (UTC). */
  spentToday(tier: TierName): Promise<number>;
}

export function costOf(prices: Record<string, ModelPrice>, model: string, tokensIn: number, tokensOut: number): number {
  const price = prices[model];
  if (!price) return 0;
  return (tokensIn * price.inputPerMTok + tokensOut * price.outputPerMTok) / 1_000_000;
}

/** For tests and for a process without a database. */
export class MemoryUsageLedger implements UsageLedger {
  readonly entries: UsageEntry[] = [];
  private readonly daily = new Map<string, number>();
  private readonly today: () => string;

  constructor(today: () => string = () => new Date().toISOString().slice(0, 10)) {
    this.today = today;
  }

  async record(entry: UsageEntry): Promise<void> {
    this.entries.push(entry);
    const key = `${this.today()}:${entry.tier}`;
    this.daily.set(key, (this.daily.get(key) ?? 0) + entry.costUsd);
  }

  async spentToday(tier: TierName): Promise<number> {
    return this.daily.get(`${this.today()}:${tier}`) ?? 0;
  }
}
