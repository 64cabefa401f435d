/** The members' duty scores for bench/generate-modules.ts (one table, so plain rows for copyTable). */
import { DUTY_GRADES } from '../../domain/duty-grades';
import { createRng } from '../../server/seed/random';
import { SESSION_YEARS } from '../generate-org';
import { at, type ModuleContext, members } from './context';

/** Each member's duty score of every year (the archive's stored year scores). */
export function* dutyScoreRows(ctx: ModuleContext): Generator<unknown[]> {
  const rng = createRng(12);
  let id = 0;
  for (const c of ctx.tree) {
    for (const year of SESSION_YEARS) {
      for (const memberId of members(c)) {
        const total = rng.int(35, 100);
        const grade =
          total >= 85
            ? DUTY_GRADES[0]
            : total >= 60
              ? DUTY_GRADES[1]
              : total >= 45
                ? DUTY_GRADES[2]
                : DUTY_GRADES[3];
        yield [
          ++id,
          c.id,
          memberId,
          year,
          total,
          grade,
          rng.chance(0.03) ? 1 : 0,
          '{}',
          1,
          at(year + 1, 1, 10),
        ];
      }
    }
  }
}
