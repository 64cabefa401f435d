import { MEETING_DUTY_KINDS } from '../../../domain/duty-kinds';
import type { DbOrTx } from '../../db/client';
import { now } from '../../platform/clock';
import { type CollectedItem, type DutyScope, type DutySource, yearInstants } from '../../platform/duty-items';
import { attendanceInRange, type RangeMeeting } from './attendance-range';

/**
 * 出席 / 迟到 / 请假 / 无故缺席 per meeting kind, from the attendees' states (attendance-range.ts:
 * stored once a meeting has ended, else derived): a meeting not yet begun is no item, not even the
 * leave granted for it (which may still be withdrawn), nor is a state still pending. A meeting's
 * key, day, evidence and kinds are made once and shared by its attendees' items (a committee's
 * year has thousands).
 */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const rows = await attendanceInRange(db, {
    committeeId: scope.committeeId,
    memberId: scope.memberId,
    ...yearInstants(scope.year),
  });
  const shared = new Map<
    RangeMeeting,
    Pick<CollectedItem, 'key' | 'date' | 'evidence'> & { kinds: Record<string, string> }
  >();
  const items: CollectedItem[] = [];
  const at = now();
  for (const { meeting: m, memberId, state } of rows) {
    if (state === 'pending' || m.startsAt > at) continue;
    let of = shared.get(m);
    if (!of) {
      of = {
        key: `meeting:${m.id}`,
        date: m.day,
        evidence: { type: 'meeting', id: m.id, title: m.title, link: `/meetings/${m.id}` },
        kinds: {},
      };
      shared.set(m, of);
    }
    // One kind string per meeting and state: scoring looks each item's kind up several times, and
    // a string made afresh per item is hashed afresh each time.
    of.kinds[state] ??= `meeting.${m.kind}.${state}`;
    items.push({ memberId, kind: of.kinds[state], key: of.key, date: of.date, evidence: of.evidence });
  }
  return items;
}

/** 会议活动 in the duty archive. */
export const MEETING_DUTY_SOURCE: DutySource = { module: '会议活动', kinds: MEETING_DUTY_KINDS, collect };
