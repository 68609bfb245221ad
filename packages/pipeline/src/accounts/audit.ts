import { auditLog, type Db, type Tx } from '@statex/db';

export interface AuditEntry {
  actorKind: 'admin' | 'customer' | 'system' | 'ops-token';
  actorId?: string | null;
  action: string;
  targetType: 'request' | 'account' | 'audit-log' | 'queue';
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one entry to the audit log (admin and data-protection actions). */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorKind: entry.actorKind,
    actorId: entry.actorId ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    details: entry.details ?? null,
  });
}
