import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import { registerAuditTarget } from '../../auth/audit-targets';
import { memberLinks, members } from '../../db/schema';
import { memberTarget } from './present';

const linked = alias(members, 'linked');

/** How the audit log names a member (委员 张三) and a 联系制度 pair. */
export function memberAuditTargets(app: FastifyInstance): void {
  registerAuditTarget(app, '/api/members/:id', async (db, value) => {
    const [m] = await db
      .select({ id: members.id, name: members.name })
      .from(members)
      .where(eq(members.id, Number(value)));
    return m ? memberTarget(m) : null;
  });
  registerAuditTarget(app, '/api/member-links/:id', async (db, value) => {
    const [l] = await db
      .select({ linker: members.name, linked: linked.name })
      .from(memberLinks)
      .innerJoin(members, eq(members.id, memberLinks.linkerId))
      .innerJoin(linked, eq(linked.id, memberLinks.linkedId))
      .where(eq(memberLinks.id, Number(value)));
    return l ? `联系制度 ${l.linker} → ${l.linked}` : null;
  });
}
