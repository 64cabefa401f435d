import rateLimit from '@fastify/rate-limit';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { appendAudit } from '../../auth/audit';
import type { AppContext } from '../../context';
import { users } from '../../db/schema';
import { tooMany } from '../../errors';

const WINDOW_MS = 60_000;

/** An address may try ten times as many passwords a minute as one name, whatever names it tries. */
const ADDRESS_FACTOR = 10;

/**
 * The account a password attempt is for, as the limiter counts it: the signed-in user's (changing
 * a password) or the name the login names, trimmed, lower case, bounded.
 */
const attemptedName = (req: FastifyRequest) =>
  (req.actor?.username ?? String((req.body as { username?: unknown })?.username ?? ''))
    .trim()
    .toLowerCase()
    .slice(0, 64);

/** What the attempt was ('登录', '修改密码'), for the refusal and its audit row. */
const actionOf = (req: FastifyRequest) => req.routeOptions.config.audit ?? '登录';
const refusal = (req: FastifyRequest) => tooMany(`${actionOf(req)}尝试过于频繁，请稍后再试`);

/** The refusal, under the account's own committee when the name is an account (its auditor sees it). */
async function auditRefusal(ctx: AppContext, req: FastifyRequest) {
  const username = attemptedName(req);
  const [user] = await ctx.handle.db
    .select({ id: users.id, committeeId: users.committeeId, username: users.username })
    .from(users)
    .where(eq(users.username, username));
  await appendAudit(ctx.handle.db, ctx.cipher, {
    committeeId: user?.committeeId ?? null,
    userId: user?.id ?? null,
    username: user?.username ?? username,
    ip: req.ip,
    action: actionOf(req),
    target: null,
    result: '拒绝：尝试过于频繁',
  });
}

/**
 * Audits a refused (rate-limited) attempt once per caller and account in each window: the log
 * shows the attack without one chained row per rejected request (which would itself be a flood).
 */
function refusalAuditor(ctx: AppContext) {
  const audited = new Map<string, number>();
  return (req: FastifyRequest, key: string) => {
    const now = Date.now();
    for (const [k, until] of audited) if (until <= now) audited.delete(k);
    if (audited.has(key)) return;
    audited.set(key, now + WINDOW_MS);
    auditRefusal(ctx, req).catch((e) => req.log.error(e, 'audit of a refused password attempt failed'));
  };
}

/**
 * The per-address ceiling over the per-name limit: one address spraying a password over many
 * accounts is stopped too. Counted in memory per window; expired addresses are dropped as it grows.
 */
function addressCeiling(max: number, refuse: (req: FastifyRequest, key: string) => void) {
  const counts = new Map<string, { n: number; until: number }>();
  return async (req: FastifyRequest) => {
    const now = Date.now();
    const seen = counts.get(req.ip);
    if (seen && seen.until > now) {
      seen.n++;
      if (seen.n <= max) return;
      refuse(req, `${req.ip}|*`);
      throw refusal(req);
    }
    if (counts.size > 10_000) for (const [ip, c] of counts) if (c.until <= now) counts.delete(ip);
    counts.set(req.ip, { n: 1, until: now + WINDOW_MS });
  };
}

/**
 * The rate limit of every route that checks a password (login, change password), registered on an
 * encapsulated scope: LOGIN_RATE_LIMIT attempts a minute per address and account, ten times that
 * per address. Counted after the body is parsed, so the key and the audit name the account.
 */
export async function limitPasswordAttempts(scoped: FastifyInstance, ctx: AppContext): Promise<void> {
  const refused = refusalAuditor(ctx);
  scoped.addHook('preHandler', addressCeiling(ctx.env.LOGIN_RATE_LIMIT * ADDRESS_FACTOR, refused));
  await scoped.register(rateLimit, {
    max: ctx.env.LOGIN_RATE_LIMIT,
    timeWindow: WINDOW_MS,
    hook: 'preHandler',
    onExceeded: refused,
    keyGenerator: (req) => `${req.ip}|${attemptedName(req)}`,
    // Thrown by the plugin: an AppError keeps this message through the error handler.
    errorResponseBuilder: (req) => refusal(req),
  });
}
