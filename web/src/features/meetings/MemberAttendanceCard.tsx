import { useQuery } from '@tanstack/react-query';
import { Card, Select, Table } from 'antd';
import { useState } from 'react';
import { ATTENDANCE_FIGURE_LABELS, MEETING_KIND_LABELS, type MeetingKind } from '../../../../domain/meetings';
import { api } from '../../api/client';
import { currentYear } from '../../components/YearSelect';
import type { AttendanceFigures } from './types';

interface YearAttendance {
  year: number;
  byKind: (AttendanceFigures & { kind: MeetingKind })[];
  figures: AttendanceFigures;
}

const KEYS = ['expected', 'attended', 'late', 'leave', 'absent'] as const;

/** 会议出席: a member's year by kind of meeting (应到/实到/迟到/请假/缺席), the year chosen. */
export function MemberAttendanceCard({ memberId, compact }: { memberId: number; compact?: boolean }) {
  const now = currentYear();
  const [year, setYear] = useState(now);
  const { data, isLoading } = useQuery({
    queryKey: ['member-attendance', memberId, year],
    queryFn: () => api.get<YearAttendance>(`/api/members/${memberId}/attendance?year=${year}`),
  });
  const rows = data
    ? [
        ...data.byKind.map((k) => ({ ...k, name: MEETING_KIND_LABELS[k.kind] })),
        { ...data.figures, kind: 'all', name: '合计' },
      ]
    : [];
  return (
    <Card
      size={compact ? 'small' : undefined}
      title="会议出席"
      extra={
        <Select
          value={year}
          onChange={setYear}
          aria-label="年度"
          options={[now, now - 1, now - 2].map((y) => ({ value: y, label: `${y}年` }))}
          style={{ width: 100 }}
        />
      }
    >
      <Table
        size="small"
        loading={isLoading}
        rowKey="kind"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        locale={{ emptyText: '该年度暂无会议' }}
        columns={[
          { key: 'name', title: '会议类型', dataIndex: 'name' },
          ...KEYS.map((k) => ({ key: k, title: ATTENDANCE_FIGURE_LABELS[k], dataIndex: k })),
        ]}
      />
    </Card>
  );
}
