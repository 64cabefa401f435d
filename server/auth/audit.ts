import { desc, eq, isNull, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../db/client';
import { auditHeads, auditLog } from '../db/schema';
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

/**
 * The head row of the rows written before chains were per committee (one chain then): written once,
 * its last mac is where every per-committee chain starts, so removing the newest of those rows
 * breaks the first row of every chain.
 */
export const LEGACY_CHAIN = -1;

/** The chain a row continues: its committee's, 0 for rows without one (failed logins under unknown names). */
export const chainOf = (e: Pick<AuditEntry, 'committeeId'>) => e.committeeId ?? 0;

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

/** The bytes a chain head's MAC covers: which chain, and the mac of the row it ends with. */
export const headMacInput = (chain: number, lastMac: string) => JSON.stringify(['head', chain, lastMac]);

async function lockedHead(tx: Tx, chain: number): Promise<string | undefined> {
  const [head] = await tx
    .select({ lastMac: auditHeads.lastMac })
    .from(auditHeads)
    .where(eq(auditHeads.chain, chain))
    .for('update');
  return head?.lastMac;
}

/** Where a new chain starts: the end of the pre-chain rows, anchored once in their own head. */
async function genesis(tx: Tx, cipher: FieldCipher): Promise<string> {
  const [anchored] = await tx
    .select({ lastMac: auditHeads.lastMac })
    .from(auditHeads)
    .where(eq(auditHeads.chain, LEGACY_CHAIN));
  if (anchored) return anchored.lastMac;
  const [last] = await tx
    .select({ id: auditLog.id, mac: auditLog.mac })
    .from(auditLog)
    .where(isNull(auditLog.chain))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const lastMac = last?.mac ?? '';
  await tx
    .insert(auditHeads)
    .values({
      chain: LEGACY_CHAIN,
      lastId: last?.id ?? 0,
      lastMac,
      mac: cipher.mac(headMacInput(LEGACY_CHAIN, lastMac)),
    })
    .onConflictDoNothing();
  return lastMac;
}

/**
 * Locks the chain's head row (the per-committee lock: other committees append meanwhile) and
 * returns the mac the next row continues, creating the head on the chain's first row.
 */
async function lockChain(tx: Tx, cipher: FieldCipher, chain: number): Promise<string> {
  const locked = await lockedHead(tx, chain);
  if (locked !== undefined) return locked;
  const start = await genesis(tx, cipher);
  await tx
    .insert(auditHeads)
    .values({ chain, lastId: 0, lastMac: start, mac: cipher.mac(headMacInput(chain, start)) })
    .onConflictDoNothing();
  return (await lockedHead(tx, chain)) as string;
}

async function appendInTransaction(tx: Tx, cipher: FieldCipher, entry: AuditEntry): Promise<void> {
  const chain = chainOf(entry);
  const prevMac = await lockChain(tx, cipher, chain);
  const at = new Date().toISOString();
  const detail = canonicalDetail(entry.detail);
  const mac = cipher.mac(auditMacInput(prevMac, entry, at));
  const headMac = cipher.mac(headMacInput(chain, mac));
  // The row and its chain's new head in one statement.
  await tx.execute(sql`
    with row as (
      insert into audit_log (chain, committee_id, user_id, username, ip, action, target, result, detail, mac, at)
      values (${chain}, ${entry.committeeId}, ${entry.userId}, ${entry.username}, ${entry.ip}, ${entry.action},
        ${entry.target}, ${entry.result}, ${detail === null ? null : JSON.stringify(detail)}::jsonb, ${mac},
        ${at}::timestamptz)
      returning id
    )
    update audit_heads set last_id = (select id from row), last_mac = ${mac}, mac = ${headMac}
    where chain = ${chain}`);
}

/**
 * Appends one audit row to its committee's chain (SM3-HMAC over the row and the chain's previous
 * mac) and moves the chain's head. Given a transaction, the row commits or rolls back with the
 * change it records; given the database, it is a transaction of its own.
 */
export async function appendAudit(db: DbOrTx, cipher: FieldCipher, entry: AuditEntry): Promise<void> {
  if (db instanceof PgTransaction) return appendInTransaction(db as Tx, cipher, entry);
  await db.transaction((tx) => appendInTransaction(tx, cipher, entry));
}
