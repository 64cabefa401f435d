/**
 * The meetings' rows for bench/generate-modules.ts: per committee and year a plenary (two sittings,
 * every member) and the other meetings (7 in 11 members each), with check-ins, lateness and approved
 * leave, so each member owes the duty archive about eight attendances a year.
 */
import { MEETING_KINDS } from '../../domain/meetings';
import { createRng } from '../../server/seed/random';
import { SESSION_YEARS } from '../generate-org';
import { addDays, at, dayOf, type ModuleContext, members, type TaggedRow } from './context';

/** Meetings, sittings, invitees, check-ins and leave: the attendance the cockpit and the archive derive. */
export function* meetingRows(ctx: ModuleContext): Generator<TaggedRow> {
  const rng = createRng(11);
  let meeting = 0;
  let sitting = 0;
  let invitee = 0;
  let checkin = 0;
  let leave = 0;
  for (const c of ctx.tree) {
    for (const year of SESSION_YEARS) {
      for (let m = 0; m < ctx.meetingsPerYear; m++) {
        const plenary = m === 0;
        const id = ++meeting;
        // Twelve a year: one a month on the 15th; more: the same months again, a day earlier each round.
        const start = at(year, (m % 12) + 1, 15 - Math.floor(m / 12));
        const kind = plenary ? 'plenary' : MEETING_KINDS[1 + (m % (MEETING_KINDS.length - 1))];
        yield {
          t: 'meetings',
          row: [
            id,
            c.id,
            kind,
            `${year}年第${m + 1}次${plenary ? '全体会议' : '会议'}`,
            'department',
            1,
            start,
            new Date(addDays(start, plenary ? 1 : 0).getTime() + 3 * 3600_000),
            '机关会议室',
            dayOf(addDays(start, -3)),
            '{"kind":"bench"}',
            'published',
            ctx.userId,
          ],
        };
        const sittings = Array.from({ length: plenary ? 2 : 1 }, (_, s) => {
          const sid = ++sitting;
          const from = addDays(start, s);
          return { sid, from, to: new Date(from.getTime() + 3 * 3600_000), s };
        });
        for (const s of sittings) {
          yield { t: 'meeting_sittings', row: [s.sid, c.id, id, s.s + 1, `第${s.s + 1}场`, s.from, s.to] };
        }
        const held = sittings[sittings.length - 1].to <= ctx.now;
        for (const [k, memberId] of members(c).entries()) {
          if (!plenary && (k + m) % 11 >= 7) continue;
          yield { t: 'meeting_invitees', row: [++invitee, c.id, id, memberId, 'attendee', 'accepted'] };
          const r = rng.next();
          if (r < 0.07) {
            yield {
              t: 'leave_requests',
              row: [++leave, c.id, id, memberId, 'official', '公务外出', false, 'approved', ctx.userId],
            };
          } else if (r < 0.93) {
            for (const s of sittings) {
              if (s.to > ctx.now && !held) continue;
              const late = rng.chance(0.08);
              const when = new Date(s.from.getTime() + (late ? 20 : -10) * 60_000);
              yield { t: 'meeting_checkins', row: [++checkin, c.id, s.sid, memberId, when, late, 'qr'] };
            }
          }
        }
      }
    }
  }
}
