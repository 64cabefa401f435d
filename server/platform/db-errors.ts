import { conflict } from '../errors';

interface PgError {
  code: string;
  table?: string;
  constraint?: string;
}

/** Drizzle wraps driver errors; the SQLSTATE sits on the error or one of its causes. */
export function pgErrorOf(err: unknown): PgError | null {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** The 409 texts: a duplicate key, and (for deletes) a row other rows still reference. */
export interface IntegrityMessages {
  duplicate: string;
  inUse?: string;
}

/** What the referencing tables hold, so a refused delete says who still uses the row. */
const REFERRER_LABELS: Record<string, string> = {
  members: '委员',
  users: '账号',
  sessions: '会议',
  member_activity_groups: '委员',
};

/**
 * Turns the database's own integrity checks into the user's 409s: a unique index violation
 * (23505) is a duplicate, a foreign key violation (23503) on delete means the row is still in use.
 * Relying on the constraints keeps the check and the write in one atomic statement.
 */
export function mapIntegrityError(err: unknown, messages: IntegrityMessages): unknown {
  const pg = pgErrorOf(err);
  if (pg?.code === '23505') return conflict(messages.duplicate);
  if (pg?.code === '23503' && messages.inUse) {
    const referrer = pg.table ? REFERRER_LABELS[pg.table] : undefined;
    return conflict(referrer ? `${messages.inUse}（仍有${referrer}引用）` : messages.inUse);
  }
  return err;
}

/** Runs a write and rethrows integrity violations as 409s with the given Chinese messages. */
export async function withIntegrityErrors<T>(
  write: () => Promise<T>,
  messages: IntegrityMessages,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw mapIntegrityError(err, messages);
  }
}
