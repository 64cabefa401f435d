import { Form, Input, Radio, Select } from 'antd';
import { IMPLEMENTATION_MARK_LABELS, IMPLEMENTATION_MARKS } from '../../../../domain/proposals';
import { RichTextEditor } from './RichText';
import { StepModal } from './StepModal';
import type { ProposalView, Reply } from './types';

const MARK_OPTIONS = IMPLEMENTATION_MARKS.map((m) => ({ value: m, label: IMPLEMENTATION_MARK_LABELS[m] }));
const note = (label = '说明（选填）') => (
  <Form.Item label={label} name="note">
    <Input.TextArea rows={3} maxLength={2000} />
  </Form.Item>
);

/** 催办: every unit still owing its part, or one of them. */
function UrgeModal({ p }: { p: ProposalView }) {
  const owing = p.handling.assignments.filter((a) => a.state === 'active' && a.pending);
  return (
    <StepModal<{ unitId?: number; note?: string }> p={p} path="urge" title="催办" button="催办" done="已催办">
      <Form.Item label="催办单位" name="unitId" extra="不选则催办所有未完成的承办单位">
        <Select
          allowClear
          options={owing.map((a) => ({ value: a.unitId, label: `${a.unitName}（${a.modeLabel}）` }))}
        />
      </Form.Item>
      {note('催办意见（选填）')}
    </StepModal>
  );
}

/** 审批延期: each pending request with the date asked for and the unit's reason. */
function ExtensionModal({ p }: { p: ProposalView }) {
  const pending = p.handling.assignments.filter(
    (a) => a.state === 'active' && a.extension?.state === 'pending',
  );
  return (
    <StepModal<{ assignmentId: number; approve: boolean; note?: string }>
      p={p}
      path="extension/decide"
      title="审批延期申请"
      button="审批延期"
      done="延期申请已审批"
      initialValues={{ assignmentId: pending[0]?.id, approve: true }}
    >
      <Form.Item label="申请" name="assignmentId" rules={[{ required: true, message: '请选择延期申请' }]}>
        <Select
          options={pending.map((a) => ({
            value: a.id,
            label: `${a.unitName}：${a.dueDate} → ${a.extension?.requestedDueDate}（${a.extension?.reason ?? ''}）`,
          }))}
        />
      </Form.Item>
      <Form.Item label="审批意见" name="approve">
        <Radio.Group
          options={[
            { value: true, label: '批准' },
            { value: false, label: '不批准' },
          ]}
        />
      </Form.Item>
      {note()}
    </StepModal>
  );
}

/** 审核公开答复: staff may edit the public version (contact data is stripped again), then publish or refuse. */
export function PublicationModal({ p, reply }: { p: ProposalView; reply: Reply }) {
  return (
    <StepModal<{ publish: boolean; publicBodyHtml: string; note?: string }>
      p={p}
      path={`replies/${reply.id}/publication`}
      title={`审核公开答复：${reply.unitName}`}
      button="审核公开"
      buttonProps={{ size: 'small' }}
      done="公开审核已完成"
      initialValues={{ publish: true, publicBodyHtml: reply.publicBodyHtml ?? reply.bodyHtml }}
    >
      <Form.Item
        label="公开版本"
        name="publicBodyHtml"
        rules={[{ required: true, message: '请填写公开版本' }]}
      >
        <RichTextEditor label="公开版本" />
      </Form.Item>
      <Form.Item label="审核结果" name="publish">
        <Radio.Group
          options={[
            { value: true, label: '公开' },
            { value: false, label: '不予公开' },
          ]}
        />
      </Form.Item>
      {note()}
    </StepModal>
  );
}

/** The staff's steps while units handle: 催办, 审批延期, 认定落实情况. */
export function StaffHandlingActions({ p }: { p: ProposalView }) {
  const can = p.abilities;
  return (
    <>
      {can.urge && <UrgeModal p={p} />}
      {can.decideExtension && <ExtensionModal p={p} />}
      {can.markImplementation && (
        <StepModal<{ mark: string; note?: string }>
          p={p}
          path="implementation-mark"
          title="认定落实情况"
          button="认定落实情况"
          done="已认定落实情况"
          initialValues={{ mark: p.handling.implementationMark ?? undefined }}
        >
          <Form.Item label="落实情况" name="mark" rules={[{ required: true, message: '请选择' }]}>
            <Radio.Group options={MARK_OPTIONS} />
          </Form.Item>
          {note()}
        </StepModal>
      )}
    </>
  );
}
