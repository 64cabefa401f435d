/** The members' duty scores for bench/generate-modules.ts (one table, so plain rows for copyTable). */
import { DUTY_GRADES, type DutyGrade } from '../../domain/duty-grades';
import { CONSEQUENCE_LABELS } from '../../domain/duty-rules';
import type { StoredDutyScore } from '../../domain/duty-scoring';
import { createRng } from '../../server/seed/random';
import { SESSION_YEARS } from '../generate-org';
import { at, type ModuleContext, members } from './context';

/**
 * A stored score of an open year as the year-end run writes it (no lines), so the readers of
 * `result` (the flags and their to-do) find what they read; a flagged member owes a 提醒谈话.
 */
function storedResult(total: number, grade: DutyGrade, flagged: boolean): StoredDutyScore {
  return {
    base: 60,
    added: Math.max(0, total - 60),
    bonusCut: 0,
    deducted: Math.max(0, 60 - total),
    total,
    grade,
    done: { proposal: 1, opinion: 1, activity: 3 },
    missing: [],
    consequences: flagged
      ? [{ consequence: 'talk', label: CONSEQUENCE_LABELS.talk, reasons: ['年度考评等次偏低'] }]
      : [],
  };
}

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
        const flagged = rng.chance(0.03);
        yield [
          ++id,
          c.id,
          memberId,
          year,
          total,
          grade,
          flagged ? 1 : 0,
          JSON.stringify(storedResult(total, grade, flagged)),
          1,
          at(year + 1, 1, 10),
        ];
      }
    }
  }
}
