import { Form, Input, Select } from 'antd';
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STATUSES } from '../../../../domain/proposals';
import { FilterSelect } from '../../components/FilterSelect';
import { SearchInput } from '../../components/SearchInput';
import { useCatalogueOptions } from '../members/api';
import { useCommittees } from '../org/committees';
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

/** The other way: a link's `status=a,b` as the multi-select's values. */
export function proposalFormValues(f: Record<string, string>): Record<string, unknown> {
  return f.status ? { ...f, status: f.status.split(',') } : f;
}

/** Full-text search and status: what a member filters their own proposals by. */
export function BasicProposalFilters({ status = true }: { status?: boolean }) {
  return (
    <>
      <Form.Item name="q">
        <SearchInput placeholder="搜索案由、内容" width={220} label="全文检索" />
      </Form.Item>
      {status && (
        <Form.Item name="status">
          <Select
            mode="multiple"
            allowClear
            placeholder="状态"
            options={STATUS_OPTIONS}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 160 }}
            maxTagCount="responsive"
            aria-label="状态"
          />
        </Form.Item>
      )}
    </>
  );
}

/** The committees a higher committee reads (its own and those below); one for everyone else. */
export function useReadCommittees() {
  const committees = useCommittees();
  return committees.data?.items ?? [];
}

/** 委员会: a city's staff narrow a list to one district (absent when only one committee is read). */
function CommitteeFilter() {
  const committees = useReadCommittees();
  if (committees.length < 2) return null;
  return (
    <FilterSelect
      name="committeeId"
      label="委员会"
      width={150}
      options={committees.map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}

/** The 届次会议 filter of the proposal lists and the handling board: of the committee filtered on. */
export function SessionFilter() {
  const form = Form.useFormInstance();
  const committeeId = Form.useWatch('committeeId', form) as number | undefined;
  const sessions = useSessions(committeeId);
  return (
    <FilterSelect
      name="sessionId"
      label="届次会议"
      width={170}
      options={(sessions.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}

/**
 * Every filter of the staff's lists: session, status (unless the page fixes it), category, unit,
 * sector, proposer, key, overdue, full text; 优秀提案 only where answered proposals are listed.
 */
export function FullProposalFilters({
  status = true,
  excellent = false,
  handling = true,
  committee = true,
}: {
  status?: boolean;
  excellent?: boolean;
  /** 承办单位 and 超期未答复: not on the review queue, where nothing is assigned yet. */
  handling?: boolean;
  /** 委员会: not on the office's own queues. */
  committee?: boolean;
}) {
  const config = useProposalConfig();
  const sectors = useCatalogueOptions('sectors');
  return (
    <>
      {committee && <CommitteeFilter />}
      <BasicProposalFilters status={status} />
      <SessionFilter />
      <FilterSelect
        name="categoryId"
        label="类别"
        width={130}
        options={(config.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      {handling && (
        <Form.Item name="unitId">
          <UnitPicker style={{ width: 170 }} aria-label="承办单位" />
        </Form.Item>
      )}
      <FilterSelect name="sectorId" label="界别" width={130} options={sectors.data ?? []} />
      <Form.Item name="proposerName">
        <Input allowClear placeholder="提案者" style={{ width: 120 }} aria-label="提案者" />
      </Form.Item>
      <FilterSelect name="isKey" label="重点提案" width={110} options={YES_NO} />
      {handling && (
        <FilterSelect name="overdue" label="超期未答复" ariaLabel="超期" width={120} options={YES_NO} />
      )}
      {excellent && <FilterSelect name="excellent" label="优秀提案" width={110} options={YES_NO} />}
    </>
  );
}
