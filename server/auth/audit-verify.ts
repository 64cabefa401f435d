import { asc, gt } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { auditHeads, auditLog } from '../db/schema';
import type { FieldCipher } from '../lib/crypto';
import { auditMacInput, headMacInput, LEGACY_CHAIN } from './audit';
import type { CheckpointHead } from './audit-checkpoint';

/** A chain that no longer ends where its anchor says: its newest rows were removed (or the anchor forged). */
export interface ChainTruncation {
  /** The committee of the chain (null: rows without a committee, or the rows from before per-committee chains). */
  committeeId: number | null;
  /** The chain's last row still in the log, if any. */
  lastKeptId: number | null;
  /** The last row the anchor recorded. */
  anchoredLastId: number | null;
  /** 'head': the head row in the database; 'checkpoint': the last checkpoint outside it. */
  anchor: 'head' | 'checkpoint';
}

export interface ChainReport {
  checked: number;
  ok: boolean;
  /** The first row whose MAC does not match its content and predecessor (an edit, or a removed row before it). */
  firstBrokenId: number | null;
  /** Set when the rows are intact but a chain's end is missing (absent when ok). */
  truncated?: ChainTruncation;
}

const VERIFY_BATCH = 2000;

interface ChainEnd {
  lastId: number | null;
  lastMac: string;
}

/** Each chain's end as the walk found it, or the first broken row. */
async function walk(tx: Tx, cipher: FieldCipher, checkpoint: Map<number, CheckpointHead>) {
  const ends = new Map<number, ChainEnd>();
  const missed = new Map(checkpoint);
  let checked = 0;
  let lastId = 0;
  for (;;) {
    const rows = await tx
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(VERIFY_BATCH);
    for (const row of rows) {
      checked++;
      const chain = row.chain ?? LEGACY_CHAIN;
      // Every chain starts where the pre-chain rows end; those all have lower ids than any chained row.
      const prev = ends.get(chain) ?? ends.get(LEGACY_CHAIN) ?? { lastId: null, lastMac: '' };
      if (cipher.mac(auditMacInput(prev.lastMac, row, row.at.toISOString())) !== row.mac) {
        return { checked, firstBrokenId: row.id, ends, missed };
      }
      const anchored = missed.get(row.id);
      if (anchored && anchored.chain === chain && anchored.lastMac === row.mac) missed.delete(row.id);
      ends.set(chain, { lastId: row.id, lastMac: row.mac });
      lastId = row.id;
    }
    if (rows.length < VERIFY_BATCH) return { checked, firstBrokenId: null, ends, missed };
  }
}

const committeeOf = (chain: number) => (chain > 0 ? chain : null);

/** A checkpoint file whose MAC does not verify: nothing it says can be trusted. */
const FORGED_CHECKPOINT: ChainTruncation = {
  committeeId: null,
  lastKeptId: null,
  anchoredLastId: null,
  anchor: 'checkpoint',
};

/** The first chain whose end is not what its head row (MAC'd with the key) recorded. */
async function headMismatch(tx: Tx, cipher: FieldCipher, ends: Map<number, ChainEnd>) {
  const heads = await tx.select().from(auditHeads);
  const seen = new Set<number>();
  for (const head of heads) {
    seen.add(head.chain);
    const end = ends.get(head.chain) ?? (head.chain === LEGACY_CHAIN ? undefined : ends.get(LEGACY_CHAIN));
    const genuine = cipher.mac(headMacInput(head.chain, head.lastMac)) === head.mac;
    if (!genuine || (end?.lastMac ?? '') !== head.lastMac) {
      return truncation(head.chain, ends, head.lastId || null, 'head');
    }
  }
  // A chain with rows but no head: the head was deleted with the rows it anchored.
  for (const chain of ends.keys()) {
    if (chain !== LEGACY_CHAIN && !seen.has(chain)) return truncation(chain, ends, null, 'head');
  }
  return undefined;
}

function truncation(
  chain: number,
  ends: Map<number, ChainEnd>,
  anchoredLastId: number | null,
  anchor: ChainTruncation['anchor'],
): ChainTruncation {
  return {
    committeeId: committeeOf(chain),
    lastKeptId: ends.get(chain)?.lastId ?? null,
    anchoredLastId,
    anchor,
  };
}

/**
 * Walks the whole log in id order, recomputing each row's SM3-HMAC from its content and its chain's
 * previous mac, then checks each chain's end against its head row and against the last checkpoint
 * kept outside the database (`checkpoint`: last row id → chain end, from audit-checkpoint.ts). One snapshot,
 * so appends under way do not look like missing rows.
 */
export async function verifyAuditChain(
  db: Db,
  cipher: FieldCipher,
  checkpoint: Map<number, CheckpointHead> | 'forged' = new Map(),
): Promise<ChainReport> {
  const anchors = checkpoint === 'forged' ? new Map<number, CheckpointHead>() : checkpoint;
  return db.transaction(
    async (tx) => {
      const { checked, firstBrokenId, ends, missed } = await walk(tx, cipher, anchors);
      if (firstBrokenId !== null) return { checked, ok: false, firstBrokenId };
      const [lost] = missed.values();
      const truncated =
        (await headMismatch(tx, cipher, ends)) ??
        (lost ? truncation(lost.chain, ends, lost.lastId, 'checkpoint') : undefined) ??
        (checkpoint === 'forged' ? FORGED_CHECKPOINT : undefined);
      return truncated
        ? { checked, ok: false, firstBrokenId, truncated }
        : { checked, ok: true, firstBrokenId };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
