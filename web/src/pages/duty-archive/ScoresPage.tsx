import { Card, Form, Input, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { DUTY_GRADE_LABELS, DUTY_GRADES } from '../../../../domain/duty-grades';
import { POSITIONS } from '../../../../domain/members';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable } from '../../components/ServerTable';
import { useYearParam, YearSelect } from '../../components/YearSelect';

import { GradeTag } from '../../features/duty-archive/common';
import type { ScoreRow } from '../../features/duty-archive/types';
import { useCatalogueOptions } from '../../features/members/api';

const SORTS = [
  { value: '-total', label: '得分从高到低' },
  { value: 'total', label: '得分从低到高' },
  { value: 'official', label: '按职务排序' },
  { value: 'name', label: '按姓名拼音' },
];

function ScoreFilters() {
  const sectors = useCatalogueOptions('sectors');
  const specialCommittees = useCatalogueOptions('special-committees');
  const liaisonGroups = useCatalogueOptions('liaison-groups');
  return (
    <>
      <Form.Item name="q">
        <Input allowClear placeholder="姓名" aria-label="姓名" style={{ width: 120 }} />
      </Form.Item>
      <FilterSelect name="sectorId" label="界别" width={130} options={sectors.data ?? []} />
      <FilterSelect
        name="specialCommitteeId"
        label="专门委员会"
        width={150}
        options={specialCommittees.data ?? []}
      />
      <FilterSelect name="liaisonGroupId" label="联络组" width={150} options={liaisonGroups.data ?? []} />
      <FilterSelect
        name="position"
        label="职务"
        width={100}
        options={POSITIONS.map((p) => ({ value: p, label: p }))}
      />
      <FilterSelect
        name="grade"
        label="等次"
        width={110}
        options={DUTY_GRADES.map((g) => ({ value: g, label: DUTY_GRADE_LABELS[g] }))}
      />
      <FilterSelect
        name="flagged"
        label="考评提醒"
        width={120}
        options={[
          { value: 'true', label: '有提醒' },
          { value: 'false', label: '无提醒' },
        ]}
      />
      <FilterSelect name="sort" label="排序" width={140} options={SORTS} />
    </>
  );
}

const columns = (year: number) => [
  {
    key: 'name',
    title: '姓名',
    fixed: 'left' as const,
    render: (_: unknown, r: ScoreRow) => (
      <Link to={`/duty-archive/members/${r.memberId}?year=${year}`}>
        {r.name}
        {r.left ? '（已退出）' : ''}
      </Link>
    ),
  },
  { key: 'position', title: '职务', dataIndex: 'position' },
  { key: 'sector', title: '界别', dataIndex: 'sector' },
  { key: 'sc', title: '专门委员会', dataIndex: 'specialCommittee' },
  { key: 'lg', title: '联络组', dataIndex: 'liaisonGroup' },
  { key: 'total', title: '得分', dataIndex: 'total' },
  {
    key: 'grade',
    title: '等次',
    render: (_: unknown, r: ScoreRow) => <GradeTag grade={r.grade} label={r.gradeLabel} />,
  },
  { key: 'added', title: '加分', dataIndex: 'added' },
  { key: 'deducted', title: '扣分', dataIndex: 'deducted' },
  { key: 'proposals', title: '提案', dataIndex: 'proposals' },
  { key: 'opinions', title: '社情民意', dataIndex: 'opinions' },
  { key: 'activities', title: '履职活动', dataIndex: 'activities' },
  {
    key: 'missing',
    title: '未完成的最低要求',
    render: (_: unknown, r: ScoreRow) => r.missing.join('；') || '—',
  },
  {
    key: 'flags',
    title: '考评提醒',
    render: (_: unknown, r: ScoreRow) =>
      r.consequences.length
        ? r.consequences.map((c) => (
            <Tag key={c} color="red">
              {c}
            </Tag>
          ))
        : '—',
  },
];

/** Every member's stored score of the year: filtered, sorted and paged on the server, exported as Excel. */
export function ScoresPage() {
  const [year, setYear] = useYearParam();
  return (
    <Card size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <YearSelect year={year} onChange={setYear} />
          <Typography.Text type="secondary">
            得分为最近一次计算的结果（每小时自动更新，也可在“年度考评”中重新计算）
          </Typography.Text>
        </Space>
        <ServerTable<ScoreRow>
          url="/api/duty-archive/scores"
          rowKey="memberId"
          params={{ year }}
          columns={columns(year)}
          filters={<ScoreFilters />}
          urlFilters={['grade', 'flagged', 'sectorId']}
        />
      </Space>
    </Card>
  );
}
