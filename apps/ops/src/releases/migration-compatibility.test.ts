import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findIncompatibleStatement, pendingMigrations, readReleaseMigrations, type ReleaseMigration } from './migration-compatibility.ts';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const batch = (...statements: string[]): ReleaseMigration[] => [{ tag: '0009_next', when: 9, statements }];

describe('migration compatibility with the running version', () => {
  it('every committed migration is additive (each could have run under the version before it)', async () => {
    const migrations = await readReleaseMigrations(repo);
    expect(migrations.length).toBeGreaterThan(3);
    for (let i = 1; i < migrations.length; i++) expect(findIncompatibleStatement(pendingMigrations(migrations, migrations[i - 1]!.when), migrations.slice(0, i)), migrations[i]!.tag).toBeNull();
  });

  it('only migrations newer than the last applied one are pending', async () => {
    const migrations = await readReleaseMigrations(repo);
    expect(pendingMigrations(migrations, null)).toHaveLength(migrations.length);
    expect(pendingMigrations(migrations, migrations.at(-1)!.when)).toEqual([]);
    expect(pendingMigrations(migrations, migrations.at(-2)!.when).map((m) => m.tag)).toEqual([migrations.at(-1)!.tag]);
  });

  it('accepts new tables, indexes, nullable or defaulted columns and foreign keys on new columns', () => {
    expect(
      findIncompatibleStatement(
        batch(
          'CREATE TABLE "things" ("id" text PRIMARY KEY NOT NULL)',
          'ALTER TABLE "things" ADD CONSTRAINT "t_fk" FOREIGN KEY ("id") REFERENCES "public"."requests"("id")',
          'ALTER TABLE "requests" ADD COLUMN "note" text',
          'ALTER TABLE "requests" ADD COLUMN "flag" boolean DEFAULT false NOT NULL',
          'ALTER TABLE "requests" ADD COLUMN "thing_id" text',
          'ALTER TABLE "requests" ADD CONSTRAINT "r_fk" FOREIGN KEY ("thing_id") REFERENCES "public"."things"("id")',
          'CREATE INDEX "requests_note_idx" ON "requests" USING btree ("note")',
        ),
      ),
    ).toBeNull();
  });

  it('accepts a CHECK list widened under the same name, not one narrowed or replaced without its earlier definition', () => {
    const before: ReleaseMigration[] = [{ tag: '0000_init', when: 1, statements: [`CREATE TABLE "requests" ("stage" text, CONSTRAINT "requests_stage_check" CHECK ("requests"."stage" in ('received','published','failed')))`] }];
    const replace = (values: string) => batch('ALTER TABLE "requests" DROP CONSTRAINT "requests_stage_check"', `ALTER TABLE "requests" ADD CONSTRAINT "requests_stage_check" CHECK ("requests"."stage" in (${values}))`);
    expect(findIncompatibleStatement(replace(`'received','clarifying','published','failed'`), before)).toBeNull();
    expect(findIncompatibleStatement(replace(`'received','published'`), before)?.statement).toContain('DROP CONSTRAINT');
    expect(findIncompatibleStatement(replace(`'received','clarifying','published','failed'`))?.statement).toContain('DROP CONSTRAINT');
    const onNew = `ALTER TABLE "requests" ADD CONSTRAINT "requests_mode_check" CHECK ("requests"."mode" in ('a','b'))`;
    expect(findIncompatibleStatement(batch(`ALTER TABLE "requests" ADD COLUMN "mode" text DEFAULT 'a' NOT NULL`, onNew))).toBeNull();
    expect(findIncompatibleStatement(batch(onNew))?.statement).toBe(onNew);
  });

  it('names the first statement that would break the running version', () => {
    const cases: [string, RegExp][] = [
      ['ALTER TABLE "requests" DROP COLUMN "email"', /alters the existing table "requests" \(DROP COLUMN "email"/],
      ['ALTER TABLE "requests" RENAME COLUMN "email" TO "mail"', /alters the existing table/],
      ['ALTER TABLE "requests" ALTER COLUMN "name" SET NOT NULL', /alters the existing table/],
      ['ALTER TABLE "requests" ADD COLUMN "tier" text NOT NULL', /NOT NULL column without a default/],
      ['DROP TABLE "documents"', /DROP TABLE is not an additive change/],
      ['ALTER TABLE "requests" ADD CONSTRAINT "x" FOREIGN KEY ("account_id") REFERENCES "accounts"("id")', /foreign key on existing columns/],
      ['UPDATE "requests" SET "stage" = \'failed\'', /UPDATE "REQUESTS" is not an additive change/],
    ];
    for (const [statement, reason] of cases) {
      const found = findIncompatibleStatement(batch('CREATE TABLE "ok" ("id" text)', statement));
      expect(found?.statement).toBe(statement);
      expect(found?.tag).toBe('0009_next');
      expect(found?.reason).toMatch(reason);
    }
  });
});
