import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { formatProposalNumber } from '../../../domain/proposals';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import {
  handlingUnits,
  proposalCategories,
  proposalRejectReasons,
  proposals,
  unitAwards,
} from '../../db/schema';

const TITLE_CHARS = 30;

/**
 * How the audit log names what a proposal write acted on: 提案 第0083号《…》 (a draft has no number
 * yet), the configured lists, a unit award and a calendar day.
 */
export function proposalAuditTargets(app: FastifyInstance): void {
  registerAuditTarget(app, '/api/proposals/:id', async (db, value) => {
    const [p] = await db
      .select({ number: proposals.number, title: proposals.title })
      .from(proposals)
      .where(eq(proposals.id, Number(value)));
    if (!p) return null;
    const title = p.title.length > TITLE_CHARS ? `${p.title.slice(0, TITLE_CHARS)}…` : p.title;
    return `提案 ${formatProposalNumber(p.number) ?? '（未编号）'}《${title}》`;
  });
  const category = namedRow('提案类别', proposalCategories, proposalCategories.id, proposalCategories.name);
  const reason = namedRow(
    '不予立案理由',
    proposalRejectReasons,
    proposalRejectReasons.id,
    proposalRejectReasons.text,
  );
  registerAuditTarget(app, '/api/proposals/config/:list/:id', (db, value, params) =>
    params.list === 'categories' ? category(db, value, params) : reason(db, value, params),
  );
  registerAuditTarget(app, '/api/proposals/unit-awards/:id', async (db, value) => {
    const [a] = await db
      .select({ year: unitAwards.year, title: unitAwards.title, unit: handlingUnits.name })
      .from(unitAwards)
      .innerJoin(handlingUnits, eq(handlingUnits.id, unitAwards.unitId))
      .where(eq(unitAwards.id, Number(value)));
    return a ? `${a.year} 年${a.title} ${a.unit}` : null;
  });
  registerAuditTarget(app, '/api/calendar-overrides/:day', async (_db, day) => `工作日历 ${day}`);
}
