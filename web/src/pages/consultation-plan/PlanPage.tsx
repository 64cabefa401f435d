import {
  Button,
  Card,
  Collapse,
  Descriptions,
  Form,
  Input,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { formatTime } from '../../components/format';
import { type PlanView, usePlan, useStep } from '../../features/consultation/api';
import { useMessage } from '../../feedback/message';
import { PlanEditor } from './PlanEditor';

type StepForm = 'passReview' | 'approve' | 'adjust' | 'sendBack' | null;

/** The plan's workflow buttons, each shown only when the server's abilities allow it. */
function PlanSteps({ p, onEdit }: { p: PlanView; onEdit: () => void }) {
  const step = useStep('plans', p);
  const message = useMessage();
  const [open, setOpen] = useState<StepForm>(null);
  const act = (path: string, done: string) =>
    step(path)
      .then(() => message.success(done))
      .catch((e) => message.error((e as Error).message));
  const a = p.abilities;
  return (
    <Space wrap>
      {a.edit && <Button onClick={onEdit}>编辑计划</Button>}
      {a.submit && (
        <Button type="primary" onClick={() => act('submit', '已提交主席会议审议')}>
          提交主席会议审议
        </Button>
      )}
      {a.passReview && (
        <Button type="primary" onClick={() => setOpen('passReview')}>
          主席会议审议通过
        </Button>
      )}
      {a.approve && (
        <Button type="primary" onClick={() => setOpen('approve')}>
          党委批准
        </Button>
      )}
      {a.publish && (
        <Button type="primary" onClick={() => act('publish', '计划已公布')}>
          公布计划
        </Button>
      )}
      {a.sendBack && <Button onClick={() => setOpen('sendBack')}>退回修改</Button>}
      {a.adjust && <Button onClick={() => setOpen('adjust')}>调整计划</Button>}
      <FormModal<{ reviewMeeting: string }>
        open={open === 'passReview'}
        title="主席会议审议通过"
        name="pass-review"
        okText="确认"
        onClose={() => setOpen(null)}
        onSubmit={async (v) => {
          await step('pass-review', v);
          setOpen(null);
          message.success('已记录主席会议审议通过');
        }}
      >
        <Form.Item
          name="reviewMeeting"
          label="主席会议"
          rules={[{ required: true, whitespace: true, message: '请填写' }]}
        >
          <Input maxLength={100} placeholder="如：十一届第二十次主席会议" />
        </Form.Item>
      </FormModal>
      <FormModal<{ documentNumber: string; approvedOn: string }>
        open={open === 'approve'}
        title="党委批准"
        name="approve-plan"
        okText="确认"
        onClose={() => setOpen(null)}
        onSubmit={async (v) => {
          await step('approve', v);
          setOpen(null);
          message.success('已记录党委批准');
        }}
      >
        <Form.Item
          name="documentNumber"
          label="批准文号"
          rules={[{ required: true, whitespace: true, message: '请填写' }]}
        >
          <Input maxLength={50} placeholder="如：区委〔2026〕5号" />
        </Form.Item>
        <Form.Item name="approvedOn" label="批准日期" rules={[{ required: true, message: '请填写' }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      <FormModal<{ note?: string }>
        open={open === 'adjust' || open === 'sendBack'}
        title={open === 'adjust' ? '调整计划（生成新版本）' : '退回修改'}
        name="plan-note"
        okText="确认"
        onClose={() => setOpen(null)}
        onSubmit={async (v) => {
          await step(open === 'adjust' ? 'adjust' : 'send-back', v);
          setOpen(null);
        }}
      >
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

const entryColumns = [
  {
    key: 'm',
    title: '月份',
    width: 70,
    render: (_: unknown, e: PlanView['entries'][number]) => `${e.plannedMonth}月`,
  },
  { key: 't', title: '议题', dataIndex: 'title' },
  { key: 'f', title: '协商形式', width: 150, dataIndex: 'formLabel' },
  { key: 's', title: '来源', width: 90, dataIndex: 'sourceLabel' },
  {
    key: 'l',
    title: '牵头政协领导',
    width: 110,
    render: (_: unknown, e: PlanView['entries'][number]) => e.leadName ?? '—',
  },
  { key: 'o', title: '承办部门', width: 120, dataIndex: 'organiser' },
  {
    key: 'u',
    title: '参与单位',
    render: (_: unknown, e: PlanView['entries'][number]) => e.units.map((u) => u.name).join('、'),
  },
  {
    key: 'a',
    title: '开展情况',
    width: 160,
    render: (_: unknown, e: PlanView['entries'][number]) =>
      e.activities.length === 0 ? (
        <Tag>未开展</Tag>
      ) : (
        <Space orientation="vertical" size={0}>
          {e.activities.map((a) => (
            <Link key={a.id} to={`/consultations/${a.id}`}>
              {formatTime(a.startsAt)} {a.statusLabel}
            </Link>
          ))}
        </Space>
      ),
  },
];

/** 执行情况: the activities held this year by form against each frequency target. */
function TargetProgress({ p }: { p: PlanView }) {
  if (p.targets.length === 0) return null;
  return (
    <Space wrap aria-label="频次目标执行情况">
      {p.targets.map((t) => (
        <Tag key={t.form} color={t.held >= t.minimum ? 'green' : 'orange'}>
          {t.formLabel}：已开展 {t.held} 次 / 不少于 {t.minimum} 次
        </Tag>
      ))}
    </Space>
  );
}

/** A year's plan: entries, targets, its workflow, every published version and the timeline. */
export function PlanPage() {
  const { id } = useParams();
  const { data: p, isLoading, error } = usePlan(Number(id));
  const [editing, setEditing] = useState(false);
  if (isLoading) return <Skeleton active />;
  if (!p) return <Result status="404" title={(error as Error | null)?.message ?? '协商计划不存在'} />;
  return (
    <Card
      title={p.title}
      extra={
        <Space>
          <Tag color={p.status === 'published' ? 'green' : 'orange'}>{p.statusLabel}</Tag>
          {p.revision > 1 && <Tag color="blue">第 {p.revision} 版</Tag>}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'c', label: '委员会', children: p.committeeName },
            {
              key: 'f',
              label: '频次要求',
              children:
                [p.frequencyNote, ...p.targets.map((t) => `${t.formLabel}不少于 ${t.minimum} 次`)]
                  .filter(Boolean)
                  .join('；') || '—',
            },
            { key: 'r', label: '主席会议', children: p.reviewMeeting ?? '—' },
            {
              key: 'd',
              label: '党委批准',
              children: p.documentNumber ? `${p.documentNumber}（${p.approvedOn}）` : '—',
            },
          ]}
        />
        {editing ? (
          <PlanEditor p={p} onDone={() => setEditing(false)} />
        ) : (
          <>
            <PlanSteps p={p} onEdit={() => setEditing(true)} />
            <TargetProgress p={p} />
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 960 }}
              columns={entryColumns}
              dataSource={p.entries}
            />
          </>
        )}
        {p.versions.length > 0 && (
          <Collapse
            items={p.versions.map((v) => ({
              key: v.revision,
              label: `第 ${v.revision} 版 · ${v.documentNumber}（${v.approvedOn}）· 公布于 ${formatTime(v.publishedAt)}`,
              children: (
                <ol>
                  {v.snapshot.entries.map((e) => (
                    <li key={e.topicId}>
                      {e.plannedMonth}月 · {e.formLabel} · {e.title}
                    </li>
                  ))}
                </ol>
              ),
            }))}
          />
        )}
        <Timeline
          items={p.timeline.map((e) => ({
            key: e.id,
            content: `${formatTime(e.at)} ${e.actorName} ${e.actionLabel}${e.note ? `：${e.note}` : ''}`,
          }))}
        />
      </Space>
    </Card>
  );
}
