import { Card, Grid, Progress, Space, Typography } from 'antd';
import { Link } from 'react-router';
import {
  ADOPTION_LABELS,
  ADOPTIONS,
  SUGGESTION_STATUS_LABELS,
  SUGGESTION_STATUSES,
} from '../../../../domain/consultation-suggestions';
import { CONSULTATION_FORM_LABELS, CONSULTATION_FORMS } from '../../../../domain/consultations';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable } from '../../components/ServerTable';
import type { SuggestionItem } from '../../features/consultations/types';
import { StatusTag } from '../../features/opinions/common';

const yesNo = [
  { value: 'true', label: '是' },
  { value: 'false', label: '否' },
];

/** The due date, red once the feedback is overdue. */
export const FeedbackDue = ({ s }: { s: SuggestionItem }) =>
  s.overdue ? (
    <Typography.Text type="danger" strong>
      {s.dueOn}（逾期）
    </Typography.Text>
  ) : (
    <span>{s.dueOn}</span>
  );

const columns = [
  {
    key: 'text',
    title: '意见建议',
    render: (_: unknown, s: SuggestionItem) => <Link to={`/consultation-suggestions/${s.id}`}>{s.text}</Link>,
  },
  {
    key: 'by',
    title: '提出人',
    render: (_: unknown, s: SuggestionItem) => `${s.proposerName}（${s.sourceLabel}）`,
  },
  {
    key: 'topic',
    title: '协商活动',
    render: (_: unknown, s: SuggestionItem) => <Link to={s.originLink}>{s.topic}</Link>,
  },
  { key: 'unit', title: '责任部门', dataIndex: 'unitName' },
  { key: 'due', title: '反馈期限', render: (_: unknown, s: SuggestionItem) => <FeedbackDue s={s} /> },
  { key: 'adoption', title: '采纳情况', render: (_: unknown, s: SuggestionItem) => s.adoptionLabel ?? '—' },
  {
    key: 'percent',
    title: '落实进度',
    render: (_: unknown, s: SuggestionItem) => (
      <Progress
        percent={s.percent}
        size="small"
        style={{ width: 90 }}
        aria-label={`落实进度 ${s.percent}%`}
      />
    ),
  },
  {
    key: 'status',
    title: '状态',
    render: (_: unknown, s: SuggestionItem) => <StatusTag status={s.status} label={s.statusLabel} />,
  },
];

function Filters({ unit }: { unit: boolean }) {
  return (
    <>
      <FilterSelect
        name="status"
        label="状态"
        width={110}
        options={SUGGESTION_STATUSES.map((s) => ({ value: s, label: SUGGESTION_STATUS_LABELS[s] }))}
      />
      <FilterSelect
        name="adoption"
        label="采纳情况"
        width={120}
        options={ADOPTIONS.map((a) => ({ value: a, label: ADOPTION_LABELS[a] }))}
      />
      <FilterSelect name="overdue" label="逾期" width={90} options={yesNo} />
      {!unit && (
        <FilterSelect
          name="form"
          label="协商形式"
          width={170}
          options={CONSULTATION_FORMS.map((f) => ({ value: f, label: CONSULTATION_FORM_LABELS[f] }))}
        />
      )}
    </>
  );
}

/**
 * 意见建议 (staff and leaders: every one in scope, the open ones first to chase) and 协商意见反馈 (a
 * department: only those sent to it, with what it still owes).
 */
export function SuggestionsPage({ unit }: { unit: boolean }) {
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined} title={unit ? '交本单位办理的协商意见建议' : undefined}>
      <ServerTable<SuggestionItem>
        url="/api/consultation-suggestions"
        columns={unit ? columns.filter((c) => c.key !== 'unit') : columns}
        filters={<Filters unit={unit} />}
        urlFilters={['status', 'overdue', 'adoption', 'form', 'consultationId']}
        renderCard={(s) => (
          <Card size="small">
            <Space orientation="vertical" size={4}>
              <Link to={`/consultation-suggestions/${s.id}`} style={{ fontWeight: 600 }}>
                {s.text}
              </Link>
              <Typography.Text type="secondary">
                {s.topic} · {s.unitName}
              </Typography.Text>
              <Space size={4} wrap>
                <StatusTag status={s.status} label={s.statusLabel} />
                反馈期限 <FeedbackDue s={s} />
              </Space>
            </Space>
          </Card>
        )}
      />
    </Card>
  );
}
