import type { FastifyInstance } from 'fastify';
import type { DepartmentDuty } from '../../domain/org-resources';
import type { Actor, Role } from '../../domain/roles';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { OpenApiInput } from '../http/route';
import { auditOutsideTransaction } from './audit-request';
import { openSessionStore, type SessionStore } from './session-store';
import { type LoadedSession, SESSION_COOKIE } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    /** The signed-in session (the actor, its committee's name, the CSRF token), for /api/auth/me. */
    session: LoadedSession | null;
    /** What a write acted on, in words (e.g. '账号 zhangsan'); set by the handler for the audit row. */
    auditTarget: string | null;
  }
  interface FastifyInstance {
    /** The session cache of this app instance (auth/session-store.ts). */
    sessions: SessionStore;
  }
  interface FastifyContextConfig {
    audit?: string;
    /** Routes a user with an initial password may still call. */
    allowBeforePasswordChange?: boolean;
    /** Who may call the route: route() enforces it; a route declared directly may state it for the inventory. */
    roles?: readonly Role[];
    /** The department duties of the staff who may act (route() enforces it); none: any staff. */
    staffDuties?: readonly DepartmentDuty[];
    /** route()'s zod input, described in OpenAPI on demand (http/route.ts openApiTransform). */
    openApiInput?: OpenApiInput;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ApiRoute {
  method: string;
  url: string;
  /** Who may call it, for route() routes; undefined for the few declared with Fastify directly. */
  roles?: readonly Role[];
  /** For staff: the department duties that may act; undefined: any staff. */
  staffDuties?: readonly DepartmentDuty[];
  /** Its answers' schemas by status: compiled on a route's first answer, so a test compiles them all. */
  response?: Readonly<Record<string, unknown>>;
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
 * Resolves the session cookie to `request.actor` as soon as the request arrives (so a body refused
 * by the parser is still audited under its user), enforces CSRF on cookie-authenticated writes and
 * the forced change of an initial password, and audits every write that route() did not audit in
 * its own transaction.
 */
export async function registerAuth(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('session', null);
  app.decorateRequest('auditTarget', null);
  app.decorateRequest('audited', false);
  app.decorate('auditTargets', []);
  const sessions = await openSessionStore(ctx.handle, ctx.env.SESSION_IDLE_MINUTES);
  app.decorate('sessions', sessions);
  app.addHook('onClose', () => sessions.close());
  const inventory: ApiRoute[] = [];
  inventories.set(app, inventory);
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/')) return;
    const { roles, staffDuties } = r.config ?? {};
    const response = r.schema?.response as ApiRoute['response'];
    for (const method of [r.method].flat())
      if (method !== 'HEAD') inventory.push({ method, url: r.url, roles, staffDuties, response });
  });

  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await sessions.load(token);
    if (!session) return;
    req.actor = session.actor;
    req.sessionToken = token;
    req.session = session;
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError(403, 'csrf', '请求校验失败，请刷新页面后重试');
    }
    // The web app itself (its page and scripts) must load, or the user never sees the change form.
    const api = req.url.startsWith('/api/');
    if (session.mustChangePassword && api && !req.routeOptions.config.allowBeforePasswordChange) {
      throw new AppError(403, 'password_change_required', '请先修改初始密码');
    }
  });

  // onSend, not onResponse: no write is acknowledged before its audit row is written.
  app.addHook('onSend', async (req, reply, payload) => {
    if (SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/')) return payload;
    if (req.audited || req.routeOptions.url === '/api/auth/login') return payload; // login writes its own entry
    await auditOutsideTransaction(ctx, req, reply.statusCode);
    return payload;
  });
}
