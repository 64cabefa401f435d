import { Form, Input, Select } from 'antd';
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STATUSES } from '../../../../domain/proposals';
import { useCatalogueOptions } from '../members/api';
import { useProposalConfig, useSessions } from './api';
import { UnitPicker } from './Pickers';

const STATUS_OPTIONS = PROPOSAL_STATUSES.map((s) => ({ value: s, label: PROPOSAL_STATUS_LABELS[s] }));
const YES_NO = [
  { value: 'true', label: '是' },
  { value: 'false', label: '否' },
];

/** The status multi-select sends one comma-separated parameter, as the API reads it. */
export function mapProposalFilters(v: Record<string, unknown>): Record<string, unknown> {
  const status = v.status as string[] | undefined;
  return { ...v, status: status?.length ? status.join(',') : undefined };
}

/** Full-text search and status: what a member filters their own proposals by. */
export function BasicProposalFilters({ status = true }: { status?: boolean }) {
  return (
    <>
      <Form.Item name="q">
        <Input.Search allowClear placeholder="搜索案由、内容" style={{ width: 220 }} aria-label="全文检索" />
      </Form.Item>
      {status && (
        <Form.Item name="status">
          <Select
            mode="multiple"
            allowClear
            placeholder="状态"
            options={STATUS_OPTIONS}
            style={{ minWidth: 160 }}
            maxTagCount="responsive"
            aria-label="状态"
          />
        </Form.Item>
      )}
    </>
  );
}

/**
 * Every filter of the staff's lists: session, status (unless the page fixes it), category, unit,
 * sector, proposer, key, overdue, full text; 优秀提案 only where answered proposals are listed.
 */
export function FullProposalFilters({
  status = true,
  excellent = false,
}: {
  status?: boolean;
  excellent?: boolean;
}) {
  const sessions = useSessions();
  const config = useProposalConfig();
  const sectors = useCatalogueOptions('sectors');
  return (
    <>
      <BasicProposalFilters status={status} />
      <Form.Item name="sessionId">
        <Select
          allowClear
          placeholder="届次会议"
          style={{ width: 170 }}
          aria-label="届次会议"
          options={(sessions.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Form.Item name="categoryId">
        <Select
          allowClear
          placeholder="类别"
          style={{ width: 130 }}
          aria-label="类别"
          options={(config.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item name="unitId">
        <UnitPicker style={{ width: 170 }} aria-label="承办单位" />
      </Form.Item>
      <Form.Item name="sectorId">
        <Select
          allowClear
          placeholder="界别"
          style={{ width: 130 }}
          aria-label="界别"
          options={sectors.data ?? []}
        />
      </Form.Item>
      <Form.Item name="proposerName">
        <Input allowClear placeholder="提案者" style={{ width: 120 }} aria-label="提案者" />
      </Form.Item>
      <Form.Item name="isKey">
        <Select
          allowClear
          placeholder="重点提案"
          style={{ width: 110 }}
          options={YES_NO}
          aria-label="重点提案"
        />
      </Form.Item>
      <Form.Item name="overdue">
        <Select
          allowClear
          placeholder="超期未答复"
          style={{ width: 120 }}
          options={YES_NO}
          aria-label="超期"
        />
      </Form.Item>
      {excellent && (
        <Form.Item name="excellent">
          <Select
            allowClear
            placeholder="优秀提案"
            style={{ width: 110 }}
            options={YES_NO}
            aria-label="优秀提案"
          />
        </Form.Item>
      )}
    </>
  );
}
