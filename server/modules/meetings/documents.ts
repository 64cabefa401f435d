import type { FileChild } from 'docx';
import {
  ATTENDANCE_FIGURE_LABELS,
  ATTENDANCE_STATE_LABELS,
  type AttendanceState,
} from '../../../domain/meetings';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildWorkbook, type XlsxColumn, xlsxSheet } from '../../lib/xlsx';
import { gap, line, listTable, officeDocument, titleLine } from '../../platform/docx-kit';
import type { MeetingAttendance } from './attendance';
import type { MeetingView } from './present';

type Attendee = { memberId: number; name: string; position: string; sector: string };

const stateOf = (a: MeetingAttendance, memberId: number, sittingId?: number): AttendanceState => {
  const m = a.members.get(memberId);
  if (!m) return 'pending';
  return sittingId === undefined ? m.state : (m.sittings.get(sittingId) ?? 'pending');
};

/** 签到 cell of a sitting: the time of an on-time or late check-in, else the state in words. */
function signInCell(a: MeetingAttendance, memberId: number, sittingId: number, checkins: Map<string, Date>) {
  const state = stateOf(a, memberId, sittingId);
  const at = checkins.get(`${sittingId}:${memberId}`);
  if (at && (state === 'present' || state === 'late')) {
    return `${shanghaiDateTime(at).slice(11)}${state === 'late' ? '（迟到）' : ''}`;
  }
  return state === 'pending' ? '' : ATTENDANCE_STATE_LABELS[state];
}

/**
 * 签到表 in Word: one page per sitting, every attendee in the official order with their sector,
 * the time they checked in (or 请假/缺席) and a blank column to sign on paper, the figures below.
 */
export function signInSheet(
  m: MeetingView,
  attendees: Attendee[],
  a: MeetingAttendance,
  checkins: Map<string, Date>,
) {
  const pages: FileChild[][] = m.sittings.map((s, i) => [
    titleLine(m.title, 36, i > 0),
    titleLine(`${s.name}签到表`, 32),
    line(
      `时间：${shanghaiDateTime(s.startsAt)} 至 ${shanghaiDateTime(s.endsAt)}    地点：${s.place ?? m.place}`,
    ),
    ...gap(1),
    listTable(
      ['序号', '姓名', '界别', '职务', '签到情况', '本人签名'],
      [8, 14, 20, 12, 22, 24],
      attendees.map((p, n) => [
        String(n + 1),
        p.name,
        p.sector,
        p.position,
        signInCell(a, p.memberId, s.id, checkins),
        '',
      ]),
    ),
    ...gap(1),
    line(
      Object.entries(s.figures ?? {})
        .filter(([k]) => k !== 'pending')
        .map(([k, v]) => `${ATTENDANCE_FIGURE_LABELS[k as keyof typeof ATTENDANCE_FIGURE_LABELS]} ${v} 人`)
        .join('，'),
    ),
  ]);
  return officeDocument(`${m.title}签到表`, [pages.flat()]);
}

/**
 * The attendance list in Excel: one row per attendee with their state at every sitting and for
 * the meeting, and a sheet of the figures per sitting.
 */
export function attendanceWorkbook(m: MeetingView, attendees: Attendee[], a: MeetingAttendance) {
  const columns: XlsxColumn<Attendee>[] = [
    { header: '姓名', width: 12, value: (p) => p.name },
    { header: '界别', width: 16, value: (p) => p.sector },
    { header: '职务', width: 10, value: (p) => p.position },
    ...m.sittings.map((s) => ({
      header: s.name,
      width: 12,
      value: (p: Attendee) => ATTENDANCE_STATE_LABELS[stateOf(a, p.memberId, s.id)],
    })),
    { header: '会议出席情况', width: 14, value: (p) => ATTENDANCE_STATE_LABELS[stateOf(a, p.memberId)] },
  ];
  const keys = Object.keys(ATTENDANCE_FIGURE_LABELS) as (keyof typeof ATTENDANCE_FIGURE_LABELS)[];
  const rows = [...a.sittings.map((s) => ({ name: s.name, f: s.figures })), { name: '全会', f: a.figures }];
  const figures: XlsxColumn<(typeof rows)[number]>[] = [
    { header: '场次', width: 14, value: (r) => r.name },
    ...keys.map((k) => ({
      header: ATTENDANCE_FIGURE_LABELS[k],
      value: (r: (typeof rows)[number]) => r.f[k],
    })),
  ];
  return buildWorkbook([xlsxSheet('出席情况', columns, attendees), xlsxSheet('统计', figures, rows)]);
}
