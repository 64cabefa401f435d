import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Spin, Table } from 'antd';
import { SUGGESTION_STATUS_LABELS } from '../../../../domain/consultation-suggestions';
import { download } from '../../api/client';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import type { ConsultationStats } from '../../features/consultations/types';
import { useDoc } from '../../features/opinions/api';
import { useMessage } from '../../feedback/message';
import { StatGrid } from '../home/StatGrid';

type FormRow = ConsultationStats['activities']['byForm'][number];

const FORM_COLUMNS = [
  { key: 'label', dataIndex: 'label', title: '协商形式' },
  { key: 'held', dataIndex: 'held', title: '已召开（次）' },
];

/** A share in per cent, or a dash when there was nothing to share (no feedback yet, nothing adopted). */
const percent = (r: number | null) => (r === null ? '—' : `${r}%`);

/** The year's activities held in each month, as one row of twelve columns. */
function MonthTable({ s }: { s: ConsultationStats }) {
  const row = Object.fromEntries(s.activities.byMonth.map((m) => [`m${m.month}`, m.held]));
  return (
    <Table
      size="small"
      rowKey={() => 'held'}
      pagination={false}
      scroll={{ x: true }}
      aria-label="按月份"
      columns={[
        { key: 'what', title: '月份', render: () => '已召开（次）' },
        ...s.activities.byMonth.map((m) => ({
          key: `m${m.month}`,
          dataIndex: `m${m.month}`,
          title: `${m.month}月`,
        })),
      ]}
      dataSource={[row]}
    />
  );
}

/**
 * 协商统计: a year's consultation figures over the caller's committee and those below it, as the
 * server counts them (activities by form and month, the suggestions' feedback, grass-roots problems,
 * 联动协商, 民主监督 and 视察调研), for the year-end report and the leaders' questions.
 */
export function ConsultationStatsPage() {
  const [year, setYear] = useYearParam();
  const { data: s, error, isLoading } = useDoc<ConsultationStats>(`/api/consultation-stats?year=${year}`);
  const g = s?.suggestions;
  const message = useMessage();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <YearSelect year={year} onChange={setYear} />
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            download(`/api/consultation-stats/export?year=${year}`).catch((e: Error) =>
              message.error(e.message),
            )
          }
        >
          导出Excel
        </Button>
      </Space>
      <Alert type="info" showIcon title="统计范围：本会及下级政协。" />
      {isLoading && <Spin />}
      {error && <Alert type="error" showIcon title={(error as Error).message} />}
      {s && g && (
        <>
          <Card size="small" title="协商活动">
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <StatGrid
                stats={[
                  { key: 'held', title: '已召开', value: s.activities.held, suffix: '次' },
                  { key: 'planned', title: '筹备中', value: s.activities.planned, suffix: '次' },
                  { key: 'cancelled', title: '已取消', value: s.activities.cancelled, suffix: '次' },
                ]}
              />
              <Table<FormRow>
                size="small"
                rowKey="form"
                pagination={false}
                aria-label="按协商形式"
                columns={FORM_COLUMNS}
                dataSource={s.activities.byForm}
              />
              <MonthTable s={s} />
            </Space>
          </Card>
          <Card size="small" title="意见建议办理">
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <StatGrid
                stats={[
                  { key: 'total', title: '意见建议', value: g.total, suffix: '条' },
                  {
                    key: 'sent',
                    title: SUGGESTION_STATUS_LABELS.sent,
                    value: g.awaitingFeedback,
                    suffix: '条',
                  },
                  {
                    key: 'implementing',
                    title: SUGGESTION_STATUS_LABELS.implementing,
                    value: g.implementing,
                    suffix: '条',
                  },
                  {
                    key: 'declined',
                    title: SUGGESTION_STATUS_LABELS.declined,
                    value: g.declined,
                    suffix: '条',
                  },
                  { key: 'done', title: SUGGESTION_STATUS_LABELS.done, value: g.done, suffix: '条' },
                  { key: 'overdue', title: '反馈逾期', value: g.overdue, suffix: '条', warn: true },
                ]}
              />
              <Descriptions
                size="small"
                bordered
                column={{ xs: 1, sm: 2, lg: 3 }}
                items={[
                  { key: 'answered', label: '已反馈', children: `${g.answered} 条` },
                  { key: 'onTime', label: '按期反馈', children: `${g.answeredOnTime} 条` },
                  { key: 'onTimeRate', label: '按期反馈率', children: percent(g.onTimeRate) },
                  { key: 'adopted', label: '采纳', children: `${g.adopted} 条` },
                  { key: 'partial', label: '部分采纳', children: `${g.partial} 条` },
                  { key: 'rejected', label: '不采纳', children: `${g.rejected} 条` },
                  { key: 'adoptionRate', label: '采纳率', children: percent(g.adoptionRate) },
                  { key: 'completionRate', label: '办结率', children: percent(g.completionRate) },
                ]}
              />
            </Space>
          </Card>
          <Card size="small" title="基层协商与联动协商">
            <StatGrid
              stats={[
                { key: 'raised', title: '群众反映问题', value: s.problems.raised, suffix: '个' },
                { key: 'solved', title: '已解决问题', value: s.problems.solved, suffix: '个' },
                { key: 'jointActivities', title: '联动协商', value: s.joint.activities, suffix: '次' },
                { key: 'jointOrganised', title: '其中牵头组织', value: s.joint.organised, suffix: '次' },
                { key: 'jointMembers', title: '联动参加委员', value: s.joint.members, suffix: '人次' },
                { key: 'jointSpeeches', title: '联动发言', value: s.joint.speeches, suffix: '篇' },
              ]}
            />
          </Card>
          <Card size="small" title="民主监督与视察调研">
            <StatGrid
              stats={[
                { key: 'groups', title: '民主监督小组', value: s.supervision.groups, suffix: '个' },
                { key: 'special', title: '专项民主监督', value: s.supervision.special, suffix: '项' },
                { key: 'supervisionVisits', title: '监督活动', value: s.supervision.visits, suffix: '次' },
                {
                  key: 'supervisionSuggestions',
                  title: '监督意见建议',
                  value: s.supervision.suggestions,
                  suffix: '条',
                },
                { key: 'inspections', title: '视察', value: s.inspections.inspections, suffix: '次' },
                { key: 'research', title: '调研', value: s.inspections.research, suffix: '次' },
                { key: 'inspectionVisits', title: '视察调研活动', value: s.inspections.visits, suffix: '次' },
                { key: 'reports', title: '报送报告', value: s.inspections.reports, suffix: '篇' },
                {
                  key: 'inspectionSuggestions',
                  title: '视察调研意见建议',
                  value: s.inspections.suggestions,
                  suffix: '条',
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
