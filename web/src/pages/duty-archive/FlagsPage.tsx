import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Empty, Form, Input, List, Select, Space, Switch, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { api, toQuery } from '../../api/client';
import { useMe } from '../../api/session';
import { beijingNow } from '../../components/pickerTime';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { useDutyRefresh } from '../../features/duty-archive/api';
import { GradeTag } from '../../features/duty-archive/common';
import type { Flag } from '../../features/duty-archive/types';
import { ModalStep } from '../../features/opinions/common';
import { useMessage } from '../../feedback/message';

interface ActionValues {
  consequence: string;
  actedBy: string;
  actedOn: Dayjs;
  content: string;
}

/** 记录处理: who talked with the member, when, and what was said (or the 警告 / 劝辞 given). */
function RecordAction({ f, year }: { f: Flag; year: number }) {
  const refresh = useDutyRefresh();
  const message = useMessage();
  return (
    <ModalStep<ActionValues>
      button="记录处理"
      title={`记录处理：${f.name}`}
      name={`duty-action-${f.memberId}`}
      buttonProps={{ type: 'primary', size: 'small' }}
      initialValues={{ consequence: f.consequences[0]?.consequence, actedOn: beijingNow() }}
      onSubmit={async (v) => {
        await api.post('/api/duty-archive/actions', {
          memberId: f.memberId,
          year,
          consequence: v.consequence,
          actedBy: v.actedBy,
          actedOn: v.actedOn.format('YYYY-MM-DD'),
          content: v.content,
        });
        message.success('已记录');
        void refresh();
      }}
    >
      <Form.Item name="consequence" label="处理类别" rules={[{ required: true }]}>
        <Select options={f.consequences.map((c) => ({ value: c.consequence, label: c.label }))} />
      </Form.Item>
      <Form.Item name="actedBy" label="谈话人" rules={[{ required: true, message: '请填写谈话人' }]}>
        <Input maxLength={50} placeholder="如：区政协副主席 王某" />
      </Form.Item>
      <Form.Item name="actedOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="content" label="谈话内容" rules={[{ required: true, message: '请填写谈话内容' }]}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </ModalStep>
  );
}

function FlagItem({ f, year, keeper }: { f: Flag; year: number; keeper: boolean }) {
  return (
    <List.Item data-testid="duty-flag">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Link to={`/duty-archive/members/${f.memberId}?year=${year}`} style={{ fontWeight: 600 }}>
            {f.name}
          </Link>
          <Typography.Text type="secondary">
            {f.sector} · {f.position} · {f.total} 分
          </Typography.Text>
          <GradeTag grade={f.grade} label={f.gradeLabel} />
          {f.open > 0 ? <Tag color="red">待处理 {f.open} 项</Tag> : <Tag color="green">已处理</Tag>}
        </Space>
        {f.consequences.map((c) => (
          <div key={c.consequence}>
            <Tag>{c.label}</Tag>
            {c.reasons.join('；')}
          </div>
        ))}
        {f.actions.map((a) => (
          <Typography.Text key={a.id} type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
            {a.actedOn} {a.actedBy} {a.label}：{a.content}
          </Typography.Text>
        ))}
        {keeper && <RecordAction f={f} year={year} />}
      </Space>
    </List.Item>
  );
}

/** 考评提醒: the members with 提醒谈话, 警告 or 劝辞 due, and the record of what was done about each. */
export function FlagsPage() {
  const [year, setYear] = useYearParam();
  const [search, setSearch] = useSearchParams();
  const { data: me } = useMe();
  const open = search.get('open') === 'true';
  const url = `/api/duty-archive/flags${toQuery({ year, open: open ? 'true' : undefined })}`;
  const { data, isLoading } = useQuery({ queryKey: [url], queryFn: () => api.get<Flag[]>(url) });
  const setOpen = (on: boolean) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (on) next.set('open', 'true');
        else next.delete('open');
        return next;
      },
      { replace: true },
    );
  return (
    <Card size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <YearSelect year={year} onChange={setYear} />
          <Space>
            <Switch checked={open} onChange={setOpen} aria-label="只看待处理" />
            <span>只看待处理</span>
          </Space>
          <Typography.Text data-testid="flag-count">共 {data?.length ?? 0} 人</Typography.Text>
        </Space>
        <List
          loading={isLoading}
          dataSource={data ?? []}
          rowKey="memberId"
          locale={{ emptyText: <Empty description="没有需处理的委员" /> }}
          renderItem={(f) => <FlagItem f={f} year={year} keeper={me?.abilities.keepDutyArchive ?? false} />}
        />
      </Space>
    </Card>
  );
}
