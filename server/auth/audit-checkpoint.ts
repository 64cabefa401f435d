import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gt } from 'drizzle-orm';
import type { AppContext } from '../context';
import { auditHeads } from '../db/schema';
import type { FieldCipher } from '../lib/crypto';
import { ownerOnlyDir } from '../lib/owner-only';

/** One chain's end as a checkpoint recorded it. */
export interface CheckpointHead {
  chain: number;
  lastId: number;
  lastMac: string;
}

/** What a checkpoint holds: when, every chain's end, and an SM3-HMAC over both. */
export interface AuditCheckpoint {
  at: string;
  heads: [chain: number, lastId: number, lastMac: string][];
  mac: string;
}

const FILE = 'audit-checkpoint.json';

const checkpointMacInput = (c: Pick<AuditCheckpoint, 'at' | 'heads'>) =>
  JSON.stringify(['checkpoint', c.at, c.heads]);

/**
 * Records every audit chain's end outside the database: in DATA_DIR/audit-checkpoint.json (replaced
 * atomically, mode 0600) and as one line in the operator's log (`log`), so someone who can rewrite
 * the database (deleting the newest rows and putting back an older head) is still caught by
 * /api/audit/verify. Meant to run periodically (hourly) from the job registry; returns the record.
 */
export async function writeAuditCheckpoint(
  ctx: Pick<AppContext, 'handle' | 'cipher' | 'env'>,
  log: (line: { auditCheckpoint: { at: string; chains: number; mac: string } }) => void,
): Promise<AuditCheckpoint> {
  const rows = await ctx.handle.db.select().from(auditHeads).where(gt(auditHeads.lastId, 0));
  const heads = rows
    .map((h): AuditCheckpoint['heads'][number] => [h.chain, h.lastId, h.lastMac])
    .sort((a, b) => a[0] - b[0]);
  const at = new Date().toISOString();
  const record: AuditCheckpoint = { at, heads, mac: ctx.cipher.mac(checkpointMacInput({ at, heads })) };
  ownerOnlyDir(ctx.env.DATA_DIR);
  const file = join(ctx.env.DATA_DIR, FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(record), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  log({ auditCheckpoint: { at, chains: heads.length, mac: record.mac } });
  return record;
}

/**
 * The last checkpoint's chain ends keyed by their last row id, an empty map when none was taken,
 * or 'forged' when the file does not carry a valid MAC.
 */
export function readAuditCheckpoint(
  dataDir: string,
  cipher: FieldCipher,
): Map<number, CheckpointHead> | 'forged' {
  const file = join(dataDir, FILE);
  if (!existsSync(file)) return new Map();
  let record: AuditCheckpoint;
  try {
    record = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return 'forged';
  }
  if (!Array.isArray(record.heads) || cipher.mac(checkpointMacInput(record)) !== record.mac) return 'forged';
  return new Map(record.heads.map(([chain, lastId, lastMac]) => [lastId, { chain, lastId, lastMac }]));
}
