import type { FastifyInstance } from 'fastify';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import type { AppContext } from '../../context';
import { dutyAwards, dutyClaims } from '../../db/schema';
import { dutyArchiveRoutes } from './routes';
import { awardRoutes } from './routes-awards';
import { claimRoutes } from './routes-claims';
import { documentRoutes } from './routes-documents';

/** 履职档案 and 量化考评 (DOMAIN.md §7): the archive, scores, rules, claims and documents. */
export async function dutyArchiveModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerAuditTarget(app, '/api/duty-archive/years/:year', async (_db, year) => `履职档案 ${year}年度`);
  registerAuditTarget(
    app,
    '/api/duty-archive/claims/:id',
    namedRow('履职申报', dutyClaims, dutyClaims.id, dutyClaims.title),
  );
  registerAuditTarget(
    app,
    '/api/duty-archive/awards/:id',
    namedRow('年度表彰', dutyAwards, dutyAwards.id, dutyAwards.subject),
  );
  await dutyArchiveRoutes(app, ctx);
  await claimRoutes(app, ctx);
  await documentRoutes(app, ctx);
  await awardRoutes(app, ctx);
}
