import { Card, Form, Grid, Segmented, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ASSIGNMENT_MODE_LABELS, ASSIGNMENT_MODES, receiptLabel } from '../../../../domain/proposals';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { formatDay } from '../../components/format';
import { SearchInput } from '../../components/SearchInput';
import { ServerTable } from '../../components/ServerTable';
import { DueState } from '../../features/proposals/HandlingPanel';
import { UnitPicker } from '../../features/proposals/Pickers';
import { SessionFilter } from '../../features/proposals/ProposalFilters';
import type { AssignmentItem } from '../../features/proposals/types';

type Which = 'pending' | 'unsigned' | 'handling' | 'dueSoon' | 'overdue' | 'extension' | 'all';
const WHICH_PARAMS: Record<Which, Record<string, unknown>> = {
  pending: { pending: 'true' },
  unsigned: { accepted: 'false' },
  // Signed for, a reply owed, not yet late.
  handling: { accepted: 'true', pending: 'true', overdue: 'false' },
  // With the to-do's `dueBy` from the URL: owed, not yet late, due by then.
  dueSoon: { pending: 'true', overdue: 'false' },
  overdue: { overdue: 'true' },
  extension: { extensionPending: 'true' },
  all: {},
};
const WHICH_LABELS: Record<Which, string> = {
  pending: '待办',
  unsigned: '待签收',
  handling: '办理中',
  dueSoon: '即将到期',
  overdue: '已逾期',
  extension: '待审批延期',
  all: '全部',
};

/** The ranges a role switches between; 即将到期 comes only with a to-do's cut-off date. */
function whichOptions(staff: boolean, dueBy: boolean): Which[] {
  if (staff) return ['pending', 'overdue', 'extension', 'all'];
  return ['pending', 'unsigned', 'handling', ...(dueBy ? (['dueSoon'] as const) : []), 'overdue', 'all'];
}

const RECEIPT_COLOURS = { 已答复: 'green', 已签收: 'blue', 待签收: 'gold' } as const;
const receipt = (a: AssignmentItem) => {
  const label = receiptLabel(a);
  return <Tag color={RECEIPT_COLOURS[label]}>{label}</Tag>;
};

function columns(staff: boolean): TableColumnsType<AssignmentItem> {
  return [
    // The number stays in view while the other columns scroll; the title wraps instead of
    // stretching the table past the screen.
    { key: 'number', title: '编号', fixed: 'left', width: 96, render: (_, a) => a.numberLabel ?? '—' },
    {
      key: 'title',
      title: '案由',
      width: 280,
      render: (_, a) => (
        <Space size={4} wrap>
          <Link to={`/proposals/${a.proposalId}`}>{a.title}</Link>
          {a.isKey && <Tag color="red">重点</Tag>}
        </Space>
      ),
    },
    ...(staff ? [{ key: 'unit', title: '承办单位', dataIndex: 'unitName' }] : []),
    { key: 'mode', title: '方式', dataIndex: 'modeLabel' },
    { key: 'assignedAt', title: '交办日期', render: (_, a) => formatDay(a.assignedAt) },
    { key: 'due', title: '办理时限', dataIndex: 'dueDate' },
    { key: 'left', title: '剩余', render: (_, a) => <DueState a={a} /> },
    { key: 'receipt', title: '办理状态', render: (_, a) => receipt(a) },
    {
      key: 'ext',
      title: '延期',
      render: (_, a) => a.extensionText ?? '',
    },
    { key: 'urge', title: '催办', render: (_, a) => (a.urgeCount ? `${a.urgeCount} 次` : '') },
  ];
}

function AssignmentCard({ a }: { a: AssignmentItem }) {
  return (
    <Card size="small" style={a.overdue ? { borderColor: '#ff4d4f' } : undefined}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/proposals/${a.proposalId}`} style={{ fontWeight: 600 }}>
          {a.numberLabel ? `${a.numberLabel} ` : ''}
          {a.title}
        </Link>
        <Space size={4} wrap>
          {receipt(a)}
          <Tag>{a.modeLabel}</Tag>
          {a.isKey && <Tag color="red">重点</Tag>}
        </Space>
        <Typography.Text>
          办理时限 {a.dueDate}，<DueState a={a} />
        </Typography.Text>
      </Space>
    </Card>
  );
}

function Filters({ staff }: { staff: boolean }) {
  return (
    <>
      <Form.Item name="q">
        <SearchInput placeholder="搜索案由" width={200} label="搜索案由" />
      </Form.Item>
      {staff && (
        <Form.Item name="unitId">
          <UnitPicker style={{ width: 170 }} aria-label="承办单位" />
        </Form.Item>
      )}
      {staff && (
        <FilterSelect
          name="extensionPending"
          label="延期申请"
          width={130}
          options={[
            { value: 'true', label: '待审批延期' },
            { value: 'false', label: '无待审批延期' },
          ]}
        />
      )}
      <FilterSelect
        name="mode"
        label="办理方式"
        width={110}
        options={ASSIGNMENT_MODES.map((m) => ({ value: m, label: ASSIGNMENT_MODE_LABELS[m] }))}
      />
      <SessionFilter />
    </>
  );
}

/**
 * 办理工作台 (a unit's own assignments) or 办理督办 (staff: every unit's): due dates, working days
 * left, overdue in red, nearest deadline first; the proposal page holds the steps.
 */
export function HandlingBoardPage() {
  const { data: me } = useMe();
  const phone = Grid.useBreakpoint().md === false;
  const [search, setSearch] = useSearchParams();
  const staff = me?.abilities.superviseHandling ?? false;
  const options = whichOptions(staff, search.has('dueBy'));
  // The range is in the address: a to-do's link opens it, a reload keeps it.
  const asked = search.get('which') as Which | null;
  const which: Which = asked && options.includes(asked) ? asked : 'pending';
  const setWhich = (next: Which) =>
    setSearch(
      (s) => {
        s.set('which', next);
        return s;
      },
      { replace: true },
    );
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<AssignmentItem>
        url="/api/proposals/assignments"
        params={
          which === 'dueSoon' ? { ...WHICH_PARAMS.dueSoon, dueBy: search.get('dueBy') } : WHICH_PARAMS[which]
        }
        columns={columns(staff)}
        filters={<Filters staff={staff} />}
        renderCard={(a) => <AssignmentCard a={a} />}
        toolbar={
          <Segmented<Which>
            value={which}
            onChange={setWhich}
            aria-label="范围"
            options={options.map((value) => ({ value, label: WHICH_LABELS[value] }))}
          />
        }
      />
    </Card>
  );
}
