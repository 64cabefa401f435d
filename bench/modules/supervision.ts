/**
 * 民主监督, 视察调研 and 网络议政 rows for bench/generate-modules.ts. Written after consultation.ts:
 * their suggestions continue its numbering (ModuleContext.nextSuggestionId).
 */
import { createRng } from '../../server/seed/random';
import { SESSION_YEARS, unitId } from '../generate-org';
import { suggestionRow } from './consultation';
import { addDays, at, dayOf, type ModuleContext, type TaggedRow } from './context';

/** 民主监督 groups and 视察调研 with their visits, reports and suggestions; 网络议政 topics and posts. */
export function* supervisionRows(ctx: ModuleContext): Generator<TaggedRow> {
  const rng = createRng(16);
  let group = 0;
  let sVisit = 0;
  let inspection = 0;
  let iVisit = 0;
  let deliberation = 0;
  let post = 0;
  for (const c of ctx.tree) {
    for (const year of SESSION_YEARS) {
      for (let k = 0; k < 2; k++) {
        const id = ++group;
        yield {
          t: 'supervision_groups',
          row: [
            id,
            c.id,
            k === 0 ? 'group' : 'special',
            `第${id}监督组`,
            '民生实事',
            unitId(c.id, k),
            `${year}-03-01`,
            `${year}-11-30`,
            ctx.userId,
          ],
        };
        for (let v = 0; v < 4; v++) {
          const on = at(year, 3 + v * 2, 10);
          yield { t: 'supervision_visits', row: [++sVisit, c.id, id, dayOf(on), '现场', '实地查看'] };
        }
        yield {
          t: 'consultation_suggestions',
          row: suggestionRow(ctx, ctx.nextSuggestionId(), c, at(year, 11, 1), rng, { group: id }),
        };
      }
      for (let k = 0; k < 4; k++) {
        const id = ++inspection;
        const starts = at(year, 2 + k * 2, 5);
        const report = rng.chance(0.7) && addDays(starts, 60) <= ctx.now ? dayOf(addDays(starts, 60)) : null;
        yield {
          t: 'inspections',
          row: [
            id,
            c.id,
            k % 2 ? 'research' : 'inspection',
            `第${id}次视察调研`,
            dayOf(starts),
            ctx.userId,
            report,
            report ? `第${id}号调研报告` : null,
            report ? '党委政府' : null,
          ],
        };
        for (let v = 0; v < 3; v++)
          yield { t: 'inspection_visits', row: [++iVisit, c.id, id, dayOf(addDays(starts, v * 7)), '现场'] };
        yield {
          t: 'consultation_suggestions',
          row: suggestionRow(ctx, ctx.nextSuggestionId(), c, starts, rng, { inspection: id }),
        };
      }
      for (let k = 0; k < 3; k++) {
        const id = ++deliberation;
        const opens = at(year, 3 + k * 3, 1);
        yield {
          t: 'deliberations',
          row: [
            id,
            c.id,
            `第${id}号网络议政`,
            '议题说明',
            'members',
            dayOf(opens),
            dayOf(addDays(opens, 30)),
            ctx.userId,
            'closed',
          ],
        };
        for (let p = 0; p < 20; p++) {
          yield {
            t: 'deliberation_posts',
            row: [
              ++post,
              c.id,
              id,
              c.firstMemberId + rng.int(0, c.memberCount - 1),
              'suggestion',
              '建议',
              p % 5 === 0,
              rng.chance(0.9) ? 'approved' : 'pending',
            ],
          };
        }
      }
    }
  }
}
