import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/roles';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { appendAudit } from './audit';
import { loadSession, SESSION_COOKIE } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    /** The session's CSRF token, handed to the web app by /api/auth/me after a reload. */
    csrfToken: string | null;
    /** What a write acted on, in words (e.g. '账号 zhangsan'); set by the handler for the audit row. */
    auditTarget: string | null;
  }
  interface FastifyContextConfig {
    audit?: string;
    /** Routes a user with an initial password may still call. */
    allowBeforePasswordChange?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ApiRoute {
  method: string;
  url: string;
}

const inventories = new WeakMap<FastifyInstance, ApiRoute[]>();

/**
 * Every `/api` route the app registered after the auth plugin (HEAD twins left out), so the
 * policy matrix test can prove that no route escapes its table of who may call what.
 */
export function apiRoutes(app: FastifyInstance): readonly ApiRoute[] {
  return inventories.get(app) ?? [];
}

/**
 * Resolves the session cookie to `request.actor`, enforces CSRF on cookie-authenticated writes
 * and the forced change of an initial password, and appends every write to the audit log.
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('auditTarget', null);
  const inventory: ApiRoute[] = [];
  inventories.set(app, inventory);
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/')) return;
    for (const method of [r.method].flat()) if (method !== 'HEAD') inventory.push({ method, url: r.url });
  });

  app.addHook('preHandler', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await loadSession(ctx.handle.db, token, ctx.env.SESSION_IDLE_MINUTES);
    if (!session) return;
    req.actor = session.actor;
    req.sessionToken = token;
    req.csrfToken = session.csrfToken;
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError(403, 'csrf', '请求校验失败，请刷新页面后重试');
    }
    if (session.mustChangePassword && !req.routeOptions.config.allowBeforePasswordChange) {
      throw new AppError(403, 'password_change_required', '请先修改初始密码');
    }
  });

  // onSend, not onResponse: the row is written before the client hears back, so no write
  // is ever acknowledged without its audit entry (and tests can read it straight away).
  app.addHook('onSend', async (req, reply, payload) => {
    if (SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/')) return payload;
    if (req.routeOptions.url === '/api/auth/login') return payload; // login writes its own, richer entry
    await auditRequest(ctx, req, reply.statusCode);
    return payload;
  });
}

/** One audit row for a write: who, from where, which action on which target, and the result. */
export async function auditRequest(ctx: AppContext, req: FastifyRequest, status: number): Promise<void> {
  const actor = req.actor;
  const params = req.params as Record<string, string> | undefined;
  await appendAudit(ctx.handle.db, ctx.cipher, {
    committeeId: actor?.committeeId ?? null,
    userId: actor?.userId ?? null,
    username: actor?.username ?? null,
    ip: req.ip,
    action: req.routeOptions.config.audit ?? `${req.method} ${req.routeOptions.url ?? req.url}`,
    target:
      req.auditTarget ??
      (params && Object.keys(params).length
        ? `${req.routeOptions.url} ${JSON.stringify(params)}`
        : (req.routeOptions.url ?? req.url)),
    result: status < 400 ? '成功' : `失败(${status})`,
  });
}
