import { Button, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import {
  ATTENDANCE_STATE_LABELS,
  ATTENDANCE_STATES,
  type AttendanceState,
} from '../../../../domain/meetings';
import { api } from '../../api/client';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable } from '../../components/ServerTable';
import { useMessage } from '../../feedback/message';
import { useMeetingRefresh } from './api';
import type { InviteeRow, MeetingView } from './types';

const STATE_COLORS: Record<AttendanceState, string> = {
  present: 'green',
  late: 'orange',
  leave: 'blue',
  absent: 'red',
  pending: 'default',
};

export const StateTag = ({ s }: { s: AttendanceState }) => (
  <Tag color={STATE_COLORS[s]}>{ATTENDANCE_STATE_LABELS[s]}</Tag>
);

/** 点名签到: the rows ticked in the table, checked in at one sitting, on time or late. */
function RollCall({ m, selected, onDone }: { m: MeetingView; selected: number[]; onDone: () => void }) {
  const [sittingId, setSittingId] = useState(m.sittings[0]?.id);
  const refresh = useMeetingRefresh();
  const message = useMessage();
  const call = async (late: boolean) => {
    try {
      const r = await api.post<{ added: number; already: number }>(
        `/api/meetings/sittings/${sittingId}/roll-call`,
        { memberIds: selected, late },
      );
      message.success(`已签到 ${r.added} 人${r.already ? `，${r.already} 人此前已签到` : ''}`);
      refresh();
      onDone();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Space wrap>
      <Select
        value={sittingId}
        onChange={setSittingId}
        style={{ width: 140 }}
        aria-label="点名场次"
        options={m.sittings.map((s) => ({ value: s.id, label: s.name }))}
      />
      <Button type="primary" disabled={selected.length === 0} onClick={() => call(false)}>
        点名签到（{selected.length}）
      </Button>
      <Button disabled={selected.length === 0} onClick={() => call(true)}>
        记为迟到
      </Button>
    </Space>
  );
}

/** 参会人员: every attendee with their answer and their state per sitting; staff tick rows to call the roll. */
export function InviteesTab({ m }: { m: MeetingView }) {
  const [selected, setSelected] = useState<number[]>([]);
  const [bump, setBump] = useState(0);
  // A draft's invitees are who the notice will go to: no answers or attendance yet.
  const draft = m.status === 'draft';
  const who = [
    { key: 'name', title: '姓名', dataIndex: 'name' },
    { key: 'sector', title: '界别', dataIndex: 'sector' },
    { key: 'position', title: '职务', dataIndex: 'position' },
  ];
  const columns = [
    ...who,
    {
      key: 'response',
      title: '回复',
      // Once the meeting is over an unanswered notice is moot: the sittings' states say who came.
      render: (_: unknown, r: InviteeRow) =>
        r.response === 'confirmed' ? '已确认' : m.ended ? '—' : '未回复',
    },
    ...m.sittings.map((s) => ({
      key: `s${s.id}`,
      title: s.name,
      render: (_: unknown, r: InviteeRow) => <StateTag s={r.sittings[s.id] ?? 'pending'} />,
    })),
    { key: 'state', title: '出席情况', render: (_: unknown, r: InviteeRow) => <StateTag s={r.state} /> },
  ];
  const manage = m.abilities.manage && m.status === 'published';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {manage && (
        <RollCall
          m={m}
          selected={selected}
          onDone={() => {
            setSelected([]);
            setBump((b) => b + 1);
          }}
        />
      )}
      <ServerTable<InviteeRow>
        url={`/api/meetings/${m.id}/invitees`}
        rowKey="memberId"
        columns={draft ? who : columns}
        queryKeyExtra={bump}
        rowSelection={
          manage
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }
            : undefined
        }
        filters={<InviteeFilters draft={draft} />}
      />
    </Space>
  );
}

function InviteeFilters({ draft }: { draft: boolean }) {
  const byName = (
    <Form.Item name="q">
      <Input allowClear placeholder="姓名" style={{ width: 120 }} aria-label="姓名" />
    </Form.Item>
  );
  if (draft) return byName;
  return (
    <>
      {byName}
      <FilterSelect
        name="state"
        label="出席情况"
        width={120}
        options={ATTENDANCE_STATES.map((s) => ({ value: s, label: ATTENDANCE_STATE_LABELS[s] }))}
      />
      <FilterSelect
        name="response"
        label="回复"
        width={110}
        options={[
          { value: 'confirmed', label: '已确认' },
          { value: 'pending', label: '未回复' },
        ]}
      />
    </>
  );
}
