import { useQuery } from '@tanstack/react-query';
import { Form, Radio, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { api, type Page } from '../../api/client';
import { useProposalConfig } from './api';
import { StepModal } from './StepModal';
import type { ProposalView, SuggestedUnit } from './types';

interface AssignValues {
  way: 'lead' | 'separate';
  leadUnitId?: number;
  cooperatingUnitIds?: number[];
  separateUnitIds?: number[];
  note?: string;
}

/** The committee's handling units (a district has ~40), as options filtered by typing. */
function useUnitOptions() {
  return useQuery({
    queryKey: ['unit-options'],
    queryFn: async () =>
      (await api.get<Page<{ id: number; name: string }>>('/api/org/handling-units?pageSize=100')).items.map(
        (u) => ({ value: u.id, label: u.name }),
      ),
    staleTime: 5 * 60_000,
  });
}

/**
 * Suggested units (GET …/suggested-units): those that answered similar proposals and those whose
 * duties match, each with the server's reasons.
 */
function useSuggestedUnits(id: number) {
  return useQuery({
    queryKey: ['suggested-units', id],
    queryFn: () => api.get<{ items: SuggestedUnit[] }>(`/api/proposals/${id}/suggested-units`),
    retry: false,
  });
}

const toPlan = (v: AssignValues) => ({
  note: v.note,
  units:
    v.way === 'separate'
      ? (v.separateUnitIds ?? []).map((unitId) => ({ unitId, mode: 'separate' }))
      : [
          ...(v.leadUnitId ? [{ unitId: v.leadUnitId, mode: 'lead' }] : []),
          ...(v.cooperatingUnitIds ?? []).map((unitId) => ({ unitId, mode: 'cooperating' })),
        ],
});

/** A suggestion's reasons as small tags, the detail (how many proposals, which duty words) on hover. */
function Reasons({ unit }: { unit: SuggestedUnit }) {
  return (
    <>
      {unit.reasons.map((r) => (
        <Tooltip key={r.kind} title={r.detail}>
          <Tag color={r.kind === 'similar' ? 'blue' : 'green'} style={{ marginInlineStart: 4 }}>
            {r.label}
          </Tag>
        </Tooltip>
      ))}
    </>
  );
}

/** Suggested units as tags with their reasons: a click makes the unit 主办 (or adds it to 分办). */
function Suggestions({ id }: { id: number }) {
  const form = Form.useFormInstance<AssignValues>();
  const { data } = useSuggestedUnits(id);
  if (!data?.items.length) return null;
  const pick = (unitId: number) => {
    if (form.getFieldValue('way') === 'separate') {
      const ids: number[] = form.getFieldValue('separateUnitIds') ?? [];
      if (!ids.includes(unitId)) form.setFieldValue('separateUnitIds', [...ids, unitId]);
    } else form.setFieldValue('leadUnitId', unitId);
  };
  return (
    <Form.Item label="建议承办单位（点击选用）">
      <Space size={[8, 4]} wrap data-testid="suggested-units">
        {data.items.map((u) => (
          <span key={u.unitId}>
            <Tag.CheckableTag checked={false} onChange={() => pick(u.unitId)}>
              {u.unitName}
            </Tag.CheckableTag>
            <Reasons unit={u} />
          </span>
        ))}
      </Space>
    </Form.Item>
  );
}

function UnitFields() {
  const units = useUnitOptions();
  const way = Form.useWatch<AssignValues['way']>('way');
  const select = {
    options: units.data ?? [],
    showSearch: { optionFilterProp: 'label' },
    loading: units.isLoading,
  };
  if (way === 'separate') {
    return (
      <Form.Item
        label="分办单位（各自答复）"
        name="separateUnitIds"
        rules={[{ required: true, message: '请选择分办单位' }]}
      >
        <Select mode="multiple" {...select} />
      </Form.Item>
    );
  }
  return (
    <>
      <Form.Item label="主办单位" name="leadUnitId" rules={[{ required: true, message: '请选择主办单位' }]}>
        <Select {...select} />
      </Form.Item>
      <Form.Item label="会办单位（向主办单位提交会办意见）" name="cooperatingUnitIds">
        <Select mode="multiple" allowClear {...select} />
      </Form.Item>
    </>
  );
}

/**
 * 交办 (or 重新交办 after a unit returned it): one 主办 with 会办 units, or 分办 units that each
 * reply. The due date is computed by the server from the committee's working-day deadline.
 */
export function AssignModal({ p, reassign }: { p: ProposalView; reassign?: boolean }) {
  const config = useProposalConfig();
  const s = config.data?.settings;
  return (
    <StepModal<AssignValues>
      p={p}
      path={reassign ? 'reassign' : 'assign'}
      title={reassign ? '重新交办' : '交办'}
      button={reassign ? '重新交办' : '交办'}
      // Right after 交办 a reassignment is a correction, not the next step: only a returned
      // proposal makes it the main action.
      buttonProps={{ type: reassign && p.status !== 'returned' ? 'default' : 'primary' }}
      done={reassign ? '已重新交办' : '已交办'}
      initialValues={{ way: 'lead' }}
      toBody={toPlan}
    >
      {s && (
        <Typography.Paragraph type="secondary">
          办理时限：交办之日起 {s.replyDueWorkingDays} 个工作日内答复，{s.contactDueWorkingDays}{' '}
          个工作日内与提案者沟通；承办单位可在 {s.returnWindowDays} 日内申请退回。
        </Typography.Paragraph>
      )}
      <Form.Item label="交办方式" name="way">
        <Radio.Group
          options={[
            { value: 'lead', label: '主办 + 会办' },
            { value: 'separate', label: '分办' },
          ]}
        />
      </Form.Item>
      <Suggestions id={p.id} />
      <UnitFields />
    </StepModal>
  );
}
