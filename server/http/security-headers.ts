import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The page may run only its own scripts (no inline or injected ones), load everything from its own
 * origin, and never be framed. Styles allow 'unsafe-inline': Ant Design writes its CSS-in-JS into
 * <style> elements at run time; a script cannot come in that way. Images may be data:/blob: URLs
 * (icons, previews of uploads).
 */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response (CSP, nosniff, no framing, no referrer; HSTS in production,
 * where the app is served over HTTPS), and `Cache-Control: no-store` on API answers that do not say
 * otherwise: they are personal (a phone number, an initial password, a session's CSRF token).
 */
export async function registerSecurityHeaders(app: FastifyInstance, production: boolean): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: production ? { ...CSP, upgradeInsecureRequests: [] } : CSP,
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
