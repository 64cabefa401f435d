/** 批示 rows for bench/generate-modules.ts: ten a committee and year, each with two handling units. */
import { INSTRUCTION_LEVELS } from '../../domain/instructions';
import { createRng } from '../../server/seed/random';
import { SESSION_YEARS, UNIT_NAMES, unitId } from '../generate-org';
import { addDays, dayOf, type ModuleContext, pickDay, type TaggedRow } from './context';

/** 批示 and the feedback their handling units owe. */
export function* instructionRows(ctx: ModuleContext): Generator<TaggedRow> {
  const rng = createRng(14);
  let instruction = 0;
  let part = 0;
  for (const c of ctx.tree) {
    for (const year of SESSION_YEARS) {
      for (let k = 0; k < 10; k++) {
        const id = ++instruction;
        const on = pickDay(rng, year);
        const due = addDays(on, 30);
        const closed = due < ctx.now && rng.chance(0.8);
        yield {
          t: 'instructions',
          row: [
            id,
            c.id,
            'opinionItem',
            id,
            `第${id}号批示事项`,
            '领导',
            rng.pick(INSTRUCTION_LEVELS),
            rng.chance(0.3),
            '请研究办理',
            dayOf(on),
            dayOf(due),
            closed ? 'closed' : 'open',
            ctx.userId,
          ],
        };
        const first = rng.int(0, UNIT_NAMES.length - 1);
        for (let u = 0; u < 2; u++) {
          const given = closed || rng.chance(0.4);
          const fedBack = given ? addDays(on, rng.int(5, 40)) : null;
          yield {
            t: 'instruction_units',
            row: [
              ++part,
              c.id,
              id,
              unitId(c.id, (first + u) % UNIT_NAMES.length),
              given ? 'accepted' : 'pending',
              fedBack && fedBack <= ctx.now ? fedBack : null,
            ],
          };
        }
      }
    }
  }
}
