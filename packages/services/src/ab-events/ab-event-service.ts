import { abEvents, type Db } from '@statex/db';
import { countDistinct, eq } from 'drizzle-orm';

export type AbEventKind = 'exposure' | 'conversion';

export interface AbEvent {
  experiment: string;
  variant: string;
  visitorId: string;
  kind: AbEventKind;
}

/** Distinct visitors per variant of one experiment. */
export interface VariantCounts {
  variant: string;
  exposures: number;
  conversions: number;
}

/** AB test events and their results per variant. Owns `ab_events`. */
export class AbEventService {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Records an event; the unique index keeps one exposure and one conversion per visitor and experiment (a repeat is no change). */
  async record(event: AbEvent): Promise<void> {
    await this.#db.insert(abEvents).values(event).onConflictDoNothing();
  }

  /** Visitors exposed and converted, per variant, in variant order. */
  async results(experiment: string): Promise<VariantCounts[]> {
    const rows = await this.#db
      .select({ variant: abEvents.variant, kind: abEvents.kind, visitors: countDistinct(abEvents.visitorId) })
      .from(abEvents)
      .where(eq(abEvents.experiment, experiment))
      .groupBy(abEvents.variant, abEvents.kind);
    const variants = new Map<string, VariantCounts>();
    for (const row of rows) {
      const entry = variants.get(row.variant) ?? { variant: row.variant, exposures: 0, conversions: 0 };
      if (row.kind === 'exposure') entry.exposures = Number(row.visitors);
      else entry.conversions = Number(row.visitors);
      variants.set(row.variant, entry);
    }
    return [...variants.values()].sort((a, b) => a.variant.localeCompare(b.variant));
  }
}
