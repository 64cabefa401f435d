import { desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { auditLog } from '../db/schema';
import type { FieldCipher } from '../lib/crypto';

export interface AuditEntry {
  committeeId: number | null;
  userId: number | null;
  username: string | null;
  ip: string | null;
  action: string;
  target: string | null;
  result: string;
  detail?: unknown;
}

/** The lock key that serialises appends so each row can chain to its predecessor. */
const AUDIT_LOCK = 7_700_001;

/** The bytes an audit row's MAC covers, in a fixed order. */
export function auditMacInput(prevMac: string, e: AuditEntry, at: string): string {
  return JSON.stringify([
    prevMac,
    e.committeeId,
    e.userId,
    e.username,
    e.ip,
    e.action,
    e.target,
    e.result,
    e.detail ?? null,
    at,
  ]);
}

/** Appends one audit row, chained with SM3-HMAC to the previous one. */
export async function appendAudit(db: DbOrTx, cipher: FieldCipher, entry: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
    const [prev] = await tx.select({ mac: auditLog.mac }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const at = new Date();
    const mac = cipher.mac(auditMacInput(prev?.mac ?? '', entry, at.toISOString()));
    await tx.insert(auditLog).values({ ...entry, detail: entry.detail ?? null, mac, at });
  });
}
