import { MEETING_DUTY_KINDS } from '../../../domain/duty-kinds';
import type { DbOrTx } from '../../db/client';
import { shanghaiDate } from '../../lib/working-days';
import { type CollectedItem, type DutyScope, type DutySource, yearInstants } from '../../platform/duty-items';
import { attendanceInRange } from './attendance';

/**
 * 出席 / 迟到 / 请假 / 无故缺席 per meeting kind, from the derived attendance (attendance.ts):
 * a meeting still to come, or a sitting not yet over, is no item yet.
 */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const rows = await attendanceInRange(db, {
    committeeId: scope.committeeId,
    memberId: scope.memberId,
    ...yearInstants(scope.year),
  });
  return rows
    .filter((r) => r.state !== 'pending')
    .map((r) => ({
      memberId: r.memberId,
      key: `meeting:${r.meetingId}`,
      kind: `meeting.${r.kind}.${r.state}`,
      date: shanghaiDate(r.startsAt),
      evidence: { type: 'meeting', id: r.meetingId, title: r.title, link: `/meetings/${r.meetingId}` },
    }));
}

/** 会议活动 in the duty archive. */
export const MEETING_DUTY_SOURCE: DutySource = { module: '会议活动', kinds: MEETING_DUTY_KINDS, collect };
