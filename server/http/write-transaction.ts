import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../auth/audit';
import { ensureAuditTarget, requestAuditEntry } from '../auth/audit-request';
import { describeCreatedTarget } from '../auth/audit-targets';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { inTransactionScope } from '../db/transaction-scope';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's audit row is already written (inside its committed transaction). */
    audited: boolean;
  }
}

/** Set by the session triggers (db/custom/session-invalidation.sql) in a transaction that changed a session. */
async function sessionsChanged(tx: Tx): Promise<boolean> {
  const res = (await tx.execute(
    sql`select current_setting('tongxin.sessions_changed', true) as v`,
  )) as unknown as {
    rows: { v: string | null }[];
  };
  return res.rows[0]?.v === 'on';
}

/**
 * Keeps a response the work sends itself (`reply.code(201).send(x)`) until the transaction is over:
 * nothing is acknowledged before it commits. (A Reply is also thenable, resolving once sent: a
 * handler returning it inside the transaction would otherwise wait on its own commit.)
 */
function holdResponse(reply: FastifyReply) {
  let held: { payload: unknown } | null = null;
  Object.defineProperty(reply, 'send', {
    configurable: true,
    value: (payload?: unknown) => {
      held = { payload };
    },
  });
  return {
    /** What the work answers so far: the payload it sent, if any. */
    peek: () => held as { payload: unknown } | null,
    release: () => {
      delete (reply as { send?: unknown }).send;
      return held as { payload: unknown } | null;
    },
  };
}

/**
 * Runs a write in one transaction whose handle the work gets (as `db` and inside `ctx`), and appends
 * its audit row before the commit: the change and its record commit together or not at all. A
 * refused write rolls back and is audited afterwards (auth/plugin.ts onSend). When the change
 * revoked sessions, returns only once this instance's session cache has dropped them.
 */
export async function runWrite<T>(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  work: (db: Tx, ctx: AppContext) => Promise<T>,
): Promise<T | FastifyReply> {
  const response = holdResponse(reply);
  let revoked = false;
  let held: { payload: unknown } | null = null;
  let result: T;
  try {
    result = await ctx.handle.db.transaction((tx) =>
      // Inside the scope, ctx.handle.db is this transaction too, wherever it is reached from.
      inTransactionScope(tx, async () => {
        // Named before the change: a deleted record still has its name.
        await ensureAuditTarget(tx, req);
        const out = await work(tx, { ...ctx, handle: { ...ctx.handle, db: tx } });
        // A create had no record to name before: the one it made.
        if (req.auditTarget === null) {
          req.auditTarget = await describeCreatedTarget(tx, req, response.peek()?.payload ?? out);
        }
        revoked = ctx.handle.kind === 'postgres' && (await sessionsChanged(tx));
        // Last before the commit: the committee's chain head stays locked from here to the commit, and
        // every write of the committee (a plenary's check-ins and sign-ins) queues on it.
        await appendAudit(tx, ctx.cipher, requestAuditEntry(req, reply.statusCode));
        return out;
      }),
    );
  } finally {
    held = response.release();
  }
  req.audited = true;
  if (revoked) await req.server.sessions.settle();
  return held ? reply.send(held.payload) : result;
}
