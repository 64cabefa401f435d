/** 社情民意 rows for bench/generate-modules.ts: half the members' count of reports a year, 30 % adopted. */
import { ADOPTION_LEVELS } from '../../domain/bulletin-issues';
import { createRng } from '../../server/seed/random';
import { SESSION_YEARS } from '../generate-org';
import { addDays, dayOf, type ModuleContext, pickDay, type TaggedRow } from './context';

/** 社情民意: reports, their adoptions and the year's 简报 issues. */
export function* opinionRows(ctx: ModuleContext): Generator<TaggedRow> {
  const rng = createRng(13);
  let report = 0;
  let adoption = 0;
  let issue = 0;
  for (const c of ctx.tree) {
    const level = ADOPTION_LEVELS.indexOf(c.level as (typeof ADOPTION_LEVELS)[number]);
    for (const year of SESSION_YEARS) {
      for (let k = 0; k < Math.round(c.memberCount / 2); k++) {
        const id = ++report;
        const status = rng.weighted([
          ['adopted', 30],
          ['rejected', 20],
          ['received', 20],
          ['submitted', 10],
          ['withdrawn', 5],
          ['draft', 15],
        ] as const);
        const submitted = status === 'draft' ? null : pickDay(rng, year);
        yield {
          t: 'opinion_reports',
          row: [
            id,
            c.id,
            ctx.userId,
            `关于第${id}号社情民意`,
            status,
            submitted,
            c.firstMemberId + (k % c.memberCount),
            'member',
          ],
        };
        if (status === 'adopted' && submitted) {
          const adoptedOn = dayOf(addDays(submitted, 30));
          yield {
            t: 'opinion_adoptions',
            row: [
              ++adoption,
              c.id,
              id,
              ADOPTION_LEVELS[rng.int(0, Math.max(0, level))],
              adoptedOn,
              '采用通知',
              ctx.userId,
            ],
          };
        }
      }
      for (let k = 0; k < 15; k++) {
        yield {
          t: 'bulletin_issues',
          row: [++issue, c.id, k < 12 ? 'periodical' : 'special', year, k + 1, 'sent', ctx.userId],
        };
      }
    }
  }
}
