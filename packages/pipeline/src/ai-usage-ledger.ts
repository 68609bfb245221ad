import type { UsageEntry, UsageLedger } from '@statex/ai';
import type { TierName } from '@statex/config';
import { aiRequestUsage, aiUsageDaily, type Db } from '@statex/db';
import { and, eq, sql } from 'drizzle-orm';

/** Tokens and cost in the database: per request and tier, and per UTC day (what budgets read). */
export class DatabaseUsageLedger implements UsageLedger {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async record(entry: UsageEntry): Promise<void> {
    const added = { tokensIn: entry.tokensIn, tokensOut: entry.tokensOut, costUsd: entry.costUsd, calls: 1 };
    const increment = (table: typeof aiRequestUsage | typeof aiUsageDaily) => ({
      tokensIn: sql`${table.tokensIn} + ${entry.tokensIn}`,
      tokensOut: sql`${table.tokensOut} + ${entry.tokensOut}`,
      costUsd: sql`${table.costUsd} + ${entry.costUsd}`,
      calls: sql`${table.calls} + 1`,
    });
    await this.db.transaction(async (tx) => {
      await tx
        .insert(aiRequestUsage)
        .values({ requestId: entry.requestId, tier: entry.tier, model: entry.model, ...added })
        .onConflictDoUpdate({ target: [aiRequestUsage.requestId, aiRequestUsage.tier, aiRequestUsage.model], set: increment(aiRequestUsage) });
      await tx
        .insert(aiUsageDaily)
        .values({ day: sql`(now() at time zone 'utc')::date` as unknown as string, tier: entry.tier, model: entry.model, ...added })
        .onConflictDoUpdate({ target: [aiUsageDaily.day, aiUsageDaily.tier, aiUsageDaily.model], set: increment(aiUsageDaily) });
    });
  }

  async spentToday(tier: TierName): Promise<number> {
    const [row] = await this.db
      .select({ spent: sql<string | null>`sum(${aiUsageDaily.costUsd})` })
      .from(aiUsageDaily)
      .where(and(eq(aiUsageDaily.tier, tier), eq(aiUsageDaily.day, sql`(now() at time zone 'utc')::date`)));
    return Number(row?.spent ?? 0);
  }
}
