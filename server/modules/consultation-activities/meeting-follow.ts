import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { Tx } from '../../db/client';
import { meetingSittings, meetings } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { editMeeting } from '../meetings/commands/meeting';
import type { MeetingInput } from '../meetings/schemas';

/** Meetings still to be held: a draft or one whose notice is out (the meetings workflow's edit). */
const FOLLOWING = ['draft', 'published'];

/**
 * When an activity's day or place is edited, its meeting (attendance reuses meetings) follows, through
 * the meetings' own edit step: the invitees of a published notice hear of the change. A meeting of one
 * sitting takes the activity's times; one the staff split into sittings keeps them and takes the place
 * only. The reply-by date moves up when the activity now starts before it. A meeting held or cancelled
 * stays as it was.
 */
export async function followMeeting(
  tx: Tx,
  actor: Actor,
  meetingId: number,
  next: { startsAt: Date; endsAt: Date; place: string },
) {
  const [m] = await tx.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!m || !FOLLOWING.includes(m.status)) return;
  const sittings = await tx
    .select()
    .from(meetingSittings)
    .where(eq(meetingSittings.meetingId, meetingId))
    .orderBy(asc(meetingSittings.ordinal));
  const single = sittings.length === 1;
  const sameTimes =
    !single || (+sittings[0].startsAt === +next.startsAt && +sittings[0].endsAt === +next.endsAt);
  if (sameTimes && m.place === next.place) return;
  const day = shanghaiDate(single ? next.startsAt : sittings[0].startsAt);
  const input: MeetingInput = {
    kind: m.kind as MeetingInput['kind'],
    title: m.title,
    organiserKind: m.organiserKind as MeetingInput['organiserKind'],
    organiserId: m.organiserId,
    sessionId: m.sessionId,
    place: next.place,
    agendaHtml: m.agendaHtml,
    replyBy: m.replyBy > day ? day : m.replyBy,
    sittings: sittings.map((s) => ({
      name: s.name,
      startsAt: (single ? next.startsAt : s.startsAt).toISOString(),
      endsAt: (single ? next.endsAt : s.endsAt).toISOString(),
      place: s.place,
    })),
    invite: m.inviteRule as MeetingInput['invite'],
  };
  await editMeeting(tx, actor, meetingId, { ...input, expectedVersion: m.version });
}
