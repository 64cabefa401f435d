import { Card, Form, Grid, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  FEEDBACK_STATE_LABELS,
  FEEDBACK_STATES,
  INSTRUCTION_LEVEL_LABELS,
  INSTRUCTION_LEVELS,
  INSTRUCTION_STATUS_LABELS,
  INSTRUCTION_STATUSES,
} from '../../../../domain/instructions';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { RemoteSelect } from '../../components/RemoteSelect';
import { ServerTable } from '../../components/ServerTable';
import type { InstructionItem } from '../../features/instructions/types';
import { StatusTag } from '../../features/opinions/common';

const SUBJECT_KINDS = [
  { value: 'bulletinIssue', label: '社情民意期刊' },
  { value: 'opinionItem', label: '社情民意信息' },
  { value: 'proposal', label: '提案' },
  { value: 'inspectionReport', label: '视察调研报告' },
  { value: 'deliberation', label: '网络议政情况专报' },
  { value: 'consultationReport', label: '协商专报' },
];
const yesNo = [
  { value: 'true', label: '是' },
  { value: 'false', label: '否' },
];

/** The due date, red once overdue: the office chases those first. */
const Due = ({ i }: { i: InstructionItem }) =>
  i.overdue ? (
    <Typography.Text type="danger" strong>
      {i.dueOn}（逾期）
    </Typography.Text>
  ) : (
    <span>{i.dueOn}</span>
  );

const units = (i: InstructionItem) => i.units.map((u) => `${u.unitName}（${u.stateLabel}）`).join('、');

const columns = [
  {
    key: 'subject',
    title: '批示的文件',
    render: (_: unknown, i: InstructionItem) => (
      <Link to={`/instructions/${i.id}`}>
        {i.subjectLabel}：{i.subjectTitle}
      </Link>
    ),
  },
  {
    key: 'leader',
    title: '批示领导',
    render: (_: unknown, i: InstructionItem) => (
      <Space size={4}>
        {i.leaderName}
        {i.principal && <Tag color="gold">主要领导</Tag>}
      </Space>
    ),
  },
  { key: 'level', title: '层级', dataIndex: 'levelLabel' },
  { key: 'on', title: '批示日期', dataIndex: 'instructedOn' },
  { key: 'units', title: '落实单位', render: (_: unknown, i: InstructionItem) => units(i) },
  { key: 'due', title: '反馈期限', render: (_: unknown, i: InstructionItem) => <Due i={i} /> },
  {
    key: 'status',
    title: '状态',
    render: (_: unknown, i: InstructionItem) => <StatusTag status={i.status} label={i.statusLabel} />,
  },
];

function Filters({ staff }: { staff: boolean }) {
  return (
    <>
      <FilterSelect name="subjectType" label="文件类别" width={140} options={SUBJECT_KINDS} />
      <FilterSelect
        name="status"
        label="状态"
        width={110}
        options={INSTRUCTION_STATUSES.map((s) => ({ value: s, label: INSTRUCTION_STATUS_LABELS[s] }))}
      />
      <FilterSelect
        name="state"
        label="反馈状态"
        width={120}
        options={FEEDBACK_STATES.map((s) => ({ value: s, label: FEEDBACK_STATE_LABELS[s] }))}
      />
      <FilterSelect name="overdue" label="逾期" width={90} options={yesNo} />
      {staff && (
        <>
          <FilterSelect
            name="level"
            label="层级"
            width={120}
            options={INSTRUCTION_LEVELS.map((l) => ({ value: l, label: INSTRUCTION_LEVEL_LABELS[l] }))}
          />
          <FilterSelect name="principal" label="主要领导" width={110} options={yesNo} />
          <Form.Item name="leaderId">
            <RemoteSelect
              url="/api/org/leaders"
              allowClear
              placeholder="批示领导"
              aria-label="批示领导"
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item name="unitId">
            <RemoteSelect
              url="/api/org/handling-units"
              allowClear
              placeholder="落实单位"
              aria-label="落实单位"
              style={{ width: 160 }}
            />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** 批示: every kind in one list (the office's, a leader's own, a unit's to act on), overdue in red. */
export function InstructionsPage() {
  const { data: me } = useMe();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<InstructionItem>
        url="/api/instructions"
        columns={columns}
        filters={<Filters staff={me?.role === 'staff'} />}
        urlFilters={['state', 'overdue', 'status', 'subjectType']}
        renderCard={(i) => (
          <Card size="small">
            <Space orientation="vertical" size={4}>
              <Link to={`/instructions/${i.id}`} style={{ fontWeight: 600 }}>
                {i.subjectLabel}：{i.subjectTitle}
              </Link>
              <Typography.Text>
                {i.leaderName}（{i.levelLabel}）{i.instructedOn}
              </Typography.Text>
              <Typography.Text type="secondary">{units(i)}</Typography.Text>
              <Space size={4}>
                <StatusTag status={i.status} label={i.statusLabel} />
                反馈期限 <Due i={i} />
              </Space>
            </Space>
          </Card>
        )}
      />
    </Card>
  );
}
