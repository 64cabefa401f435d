import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { COMMITTEE_LEVEL_LABELS, type CommitteeLevel } from '../../../domain/org-resources';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { idParam, textId as idText, pageQuery, parseInput } from '../../http/validation';
import { publicApi } from '../../platform/public-submissions';
import { proposalSettingsFor } from '../proposals/config';
import { presentPublicDetail, presentPublicItem } from './present';
import {
  committeeName,
  defaultPublicCommittee,
  findPublicProposal,
  listPublicProposals,
  publicCommitteeOr404,
  publicCommittees,
  publicExtras,
  publicProposalText,
  publicSessions,
} from './queries';

const tags = ['公开'];
const listQuery = pageQuery.extend({
  committeeId: idText.optional(),
  sessionId: idText.optional(),
  q: z.string().trim().max(100).optional(),
});

/**
 * The public page's API (no login): committees, published proposals with their public replies.
 * Read-only GETs, rate-limited per address (platform/public-submissions.ts).
 */
export async function publicRoutes(app: FastifyInstance, ctx: AppContext) {
  const db = ctx.handle.db;
  await publicApi(app, ctx, '查询过于频繁，请稍后再试', (scoped) => {
    scoped.get('/api/public/committees', { schema: { summary: '公开查询：委员会列表', tags } }, async () => {
      const [rows, defaultId] = await Promise.all([publicCommittees(db), defaultPublicCommittee(db)]);
      return {
        defaultId,
        items: rows.map((c) => ({
          ...c,
          levelLabel: COMMITTEE_LEVEL_LABELS[c.level as CommitteeLevel] ?? c.level,
        })),
      };
    });

    scoped.get(
      '/api/public/proposals',
      { schema: { summary: '公开查询：已公开答复的提案（分页、全文检索、按届次会议）', tags } },
      async (req) => {
        const query = parseInput(listQuery, req.query);
        const committee = await publicCommitteeOr404(
          db,
          query.committeeId ?? (await defaultPublicCommittee(db)),
        );
        const committeeId = committee.id;
        const [{ rows, total }, sessions, settings] = await Promise.all([
          listPublicProposals(db, { ...query, committeeId }),
          publicSessions(db, committeeId),
          proposalSettingsFor(db, committeeId),
        ]);
        const extras = await publicExtras(
          db,
          rows.map((r) => r.id),
        );
        const items = rows.map((r) => presentPublicItem(r, extras, settings.replyCategories));
        const { page, pageSize } = query;
        return { committee, sessions, items, total, page, pageSize };
      },
    );

    scoped.get(
      '/api/public/proposals/:id',
      { schema: { summary: '公开查询：提案及其公开答复', tags } },
      async (req) => {
        const { id } = parseInput(idParam, req.params);
        const row = await findPublicProposal(db, id);
        if (!row) throw notFound('提案');
        const [text, extras, settings, name] = await Promise.all([
          publicProposalText(db, row.id),
          publicExtras(db, [row.id]),
          proposalSettingsFor(db, row.committeeId),
          committeeName(db, row.committeeId),
        ]);
        return { ...presentPublicDetail(row, text, extras, settings.replyCategories), committeeName: name };
      },
    );
  });
}
