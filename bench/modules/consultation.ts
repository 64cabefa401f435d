/**
 * Consultation rows for bench/generate-modules.ts, and the suggestion row that supervision.ts writes
 * too (a suggestion's origin is an activity, a supervision group or an inspection).
 */
import { CONSULTATION_FORMS } from '../../domain/consultations';
import { createRng, type Rng } from '../../server/seed/random';
import { type BenchCommittee, SESSION_YEARS, UNIT_NAMES, unitId } from '../generate-org';
import { addDays, dayOf, type ModuleContext, pickDay, type TaggedRow } from './context';

/** Consultation activities with their suggestions and problems, and the year's plan targets. */
export function* consultationRows(ctx: ModuleContext): Generator<TaggedRow> {
  const rng = createRng(15);
  let activity = 0;
  let problem = 0;
  let plan = 0;
  for (const c of ctx.tree) {
    for (const year of SESSION_YEARS) {
      const targets = CONSULTATION_FORMS.map((form) => ({ form, minimum: 2 }));
      yield {
        t: 'consultation_plans',
        row: [++plan, c.id, year, `${year}年度协商计划`, JSON.stringify(targets), 'published'],
      };
      for (let k = 0; k < 20; k++) {
        const id = ++activity;
        const start = pickDay(rng, year);
        const status = start > ctx.now ? 'planned' : rng.chance(0.9) ? 'held' : 'cancelled';
        yield {
          t: 'consultations',
          row: [
            id,
            c.id,
            CONSULTATION_FORMS[k % CONSULTATION_FORMS.length],
            `第${id}次协商`,
            'department',
            1,
            start,
            new Date(start.getTime() + 3 * 3600_000),
            '协商会议室',
            status,
            ctx.userId,
          ],
        };
        if (status !== 'held') continue;
        for (let s = 0; s < 3; s++)
          yield {
            t: 'consultation_suggestions',
            row: suggestionRow(ctx, ctx.nextSuggestionId(), c, start, rng, { consultation: id }),
          };
        for (let p = 0; p < 2; p++)
          yield { t: 'consultation_problems', row: [++problem, c.id, id, '群众反映的问题', rng.chance(0.6)] };
      }
    }
  }
}

/** A suggestion sent to a unit a week after its origin, answered (or not) since. */
export function suggestionRow(
  ctx: ModuleContext,
  id: number,
  c: BenchCommittee,
  from: Date,
  rng: Rng,
  origin: { consultation?: number; group?: number; inspection?: number },
) {
  const sent = addDays(from, 7);
  const due = addDays(sent, 30);
  const fedBack = rng.chance(0.75) ? addDays(sent, rng.int(5, 45)) : null;
  const answered = fedBack && fedBack <= ctx.now ? fedBack : null;
  const adoption = answered ? rng.pick(['adopted', 'partial', 'rejected'] as const) : null;
  const status = !answered
    ? 'sent'
    : adoption === 'rejected'
      ? 'declined'
      : rng.chance(0.5)
        ? 'done'
        : 'implementing';
  return [
    id,
    c.id,
    'member',
    '委员',
    '建议加强',
    unitId(c.id, rng.int(0, UNIT_NAMES.length - 1)),
    dayOf(due),
    sent,
    status,
    adoption,
    answered,
    origin.consultation ?? null,
    origin.group ?? null,
    origin.inspection ?? null,
  ];
}
