import { asc, desc, gt, sql } from 'drizzle-orm';
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

/** Sorts object keys at every depth of an already JSON-shaped value. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/**
 * `detail` as the database will hand it back: JSON round-tripped (dates become strings,
 * undefined keys vanish) with sorted keys, because jsonb reorders keys and the MAC must not
 * depend on the order the caller wrote them in.
 */
function canonicalDetail(detail: unknown): unknown {
  return detail === undefined || detail === null ? null : sortKeys(JSON.parse(JSON.stringify(detail)));
}

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
    canonicalDetail(e.detail),
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
    await tx.insert(auditLog).values({ ...entry, detail: canonicalDetail(entry.detail), mac, at });
  });
}

export interface ChainReport {
  checked: number;
  ok: boolean;
  /** The first row whose MAC does not match its content and predecessor (an edit, or a removed row before it). */
  firstBrokenId: number | null;
}

const VERIFY_BATCH = 2000;

/** Walks the whole log in id order, recomputing each row's SM3-HMAC from its content and the previous mac. */
export async function verifyAuditChain(db: DbOrTx, cipher: FieldCipher): Promise<ChainReport> {
  let prevMac = '';
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(VERIFY_BATCH);
    for (const row of rows) {
      checked++;
      if (cipher.mac(auditMacInput(prevMac, row, row.at.toISOString())) !== row.mac) {
        return { checked, ok: false, firstBrokenId: row.id };
      }
      prevMac = row.mac;
      lastId = row.id;
    }
    if (rows.length < VERIFY_BATCH) return { checked, ok: true, firstBrokenId: null };
  }
}
