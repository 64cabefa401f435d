import { SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popover,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { FilterSelect } from '../../components/FilterSelect';
import { formatTime } from '../../components/format';
import { instantOf } from '../../components/pickerTime';
import { ServerTable } from '../../components/ServerTable';
import { useMessage } from '../../feedback/message';

const AUDIT_URL = '/api/audit';

/** One row of GET /api/audit, newest first. */
interface AuditEntry {
  id: number;
  at: string;
  committeeName: string | null;
  username: string | null;
  /** The account's name (null for a name tried at login that is no account). */
  displayName: string | null;
  ip: string | null;
  action: string;
  target: string | null;
  result: string;
  detail: unknown;
}

/** What GET /api/audit/verify reports after recomputing the SM3-HMAC chain. */
interface ChainReport {
  checked: number;
  ok: boolean;
  firstBrokenId: number | null;
  /** Rows missing at the end of a committee's chain, found against its head or the last checkpoint. */
  truncated?: { committeeId: number | null; lastKeptId: number | null; anchoredLastId: number | null };
}

function reportText(r: ChainReport): string {
  // The walk covers the whole log, every committee's chain and the rows from before a login, not this list.
  if (r.ok)
    return `完整性校验通过：已校验全平台审计日志 ${r.checked} 条记录（含其他委员会及登录前的记录），SM3-HMAC 链完整`;
  if (r.firstBrokenId !== null) {
    return `完整性校验失败：第 ${r.firstBrokenId} 号记录与校验链不符，日志可能被篡改或删除`;
  }
  const after = r.truncated?.lastKeptId ? `第 ${r.truncated.lastKeptId} 号记录之后的` : '';
  return `完整性校验失败：${after}最新记录已被删除（与链头或检查点不符）`;
}

const columns: TableColumnsType<AuditEntry> = [
  { key: 'at', title: '时间', render: (_, e) => formatTime(e.at) },
  {
    key: 'username',
    title: '用户',
    render: (_, e) =>
      e.username ? (e.displayName ? `${e.displayName}（${e.username}）` : e.username) : '（未登录）',
  },
  { key: 'ip', dataIndex: 'ip', title: 'IP' },
  { key: 'action', dataIndex: 'action', title: '操作' },
  { key: 'target', dataIndex: 'target', title: '对象' },
  {
    key: 'result',
    title: '结果',
    render: (_, e) => <Tag color={e.result === '成功' ? 'green' : 'red'}>{e.result}</Tag>,
  },
  { key: 'committee', dataIndex: 'committeeName', title: '委员会' },
  {
    key: 'detail',
    title: '详情',
    render: (_, e) =>
      e.detail == null ? null : (
        <Popover
          content={
            <pre style={{ maxWidth: 360, whiteSpace: 'pre-wrap', margin: 0 }}>
              {JSON.stringify(e.detail, null, 2)}
            </pre>
          }
        >
          <Button type="link" size="small">
            查看
          </Button>
        </Popover>
      ),
  },
];

/** The range picker's Beijing days become the API's ISO instants, the whole of the last day included. */
function toQuery({ range, ...rest }: Record<string, unknown>) {
  const [from, to] = (range as [Dayjs, Dayjs] | null | undefined) ?? [];
  return {
    ...rest,
    from: from && instantOf(from.startOf('day')),
    to: to && instantOf(to.endOf('day')),
  };
}

const filters = (
  <>
    <Form.Item name="range">
      <DatePicker.RangePicker placeholder={['开始日期', '结束日期']} />
    </Form.Item>
    <Form.Item name="username">
      <Input allowClear placeholder="用户名" style={{ width: 120 }} />
    </Form.Item>
    <Form.Item name="action">
      <Input allowClear placeholder="操作，如 登录" style={{ width: 140 }} />
    </Form.Item>
    <Form.Item name="target">
      <Input allowClear placeholder="对象，如 委员 张三" style={{ width: 160 }} />
    </Form.Item>
    <FilterSelect
      name="result"
      label="结果"
      width={100}
      options={[
        { value: '成功', label: '成功' },
        { value: '失败', label: '失败' },
      ]}
    />
    <Form.Item name="ip">
      <Input allowClear placeholder="IP 地址" style={{ width: 130 }} />
    </Form.Item>
  </>
);

/** 审计日志 (审计管理员): every action with who, when, from where and the outcome; tamper check. */
export function AuditLogPage() {
  const message = useMessage();
  const [report, setReport] = useState<ChainReport | null>(null);
  const [verifying, setVerifying] = useState(false);
  const verify = async () => {
    setVerifying(true);
    try {
      setReport(await api.get<ChainReport>(`${AUDIT_URL}/verify`));
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setVerifying(false);
    }
  };
  return (
    <Card>
      {report && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          closable={{ onClose: () => setReport(null) }}
          type={report.ok ? 'success' : 'error'}
          title={reportText(report)}
          data-testid="audit-verify-result"
        />
      )}
      <ServerTable<AuditEntry>
        url={AUDIT_URL}
        columns={columns}
        filters={filters}
        mapFilters={toQuery}
        toolbar={
          <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify}>
            校验完整性
          </Button>
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        审计日志只可追加，不可修改或删除；查看、导出和校验本身也会记入日志。
      </Typography.Paragraph>
    </Card>
  );
}
