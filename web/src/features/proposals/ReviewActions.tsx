import { Form, Input, Select } from 'antd';
import { useProposalConfig } from './api';
import { ProposalPicker } from './Pickers';
import { StepButton, StepModal } from './StepModal';
import type { ProposalView } from './types';

const required = (message: string) => [{ required: true, message }];

/**
 * The staff's review (预审/复审): 开始审查, 立案 (the category may be corrected), 不予立案 with a
 * published ground, 转为意见建议, 并案 into a registered proposal, 撤销并案, 退回修改.
 */
export function ReviewActions({ p }: { p: ProposalView }) {
  const can = p.abilities;
  const config = useProposalConfig();
  const categories = (config.data?.categories ?? []).filter((c) => c.active || c.id === p.categoryId);
  const reasons = (config.data?.rejectReasons ?? []).filter((r) => r.active);
  return (
    <>
      {can.startReview && <StepButton p={p} path="start-review" button="开始审查" done="已开始审查" />}
      {can.register && (
        <StepModal<{ categoryId?: number }>
          p={p}
          path="register"
          title="立案"
          button="立案"
          buttonProps={{ type: 'primary' }}
          okText="确认立案"
          done="已立案"
          initialValues={{ categoryId: p.categoryId ?? undefined }}
        >
          <p>立案后按本次会议顺序自动编号。</p>
          <Form.Item label="提案类别" name="categoryId" rules={required('请选择提案类别')}>
            <Select options={categories.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        </StepModal>
      )}
      {can.reject && (
        <StepModal<{ reasonId: number; note?: string }>
          p={p}
          path="reject"
          title="不予立案"
          button="不予立案"
          buttonProps={{ danger: true }}
          done="已作不予立案处理"
        >
          <Form.Item label="理由" name="reasonId" rules={required('请选择不予立案理由')}>
            <Select options={reasons.map((r) => ({ value: r.id, label: r.text }))} />
          </Form.Item>
          <Form.Item label="说明（选填）" name="note">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </StepModal>
      )}
      {can.convert && (
        <StepModal<{ note?: string }>
          p={p}
          path="convert"
          title="转为意见建议"
          button="转为意见建议"
          done="已转为意见建议"
        >
          <p>该提案将不予立案，转作意见建议（社情民意）渠道办理。</p>
          <Form.Item label="说明（选填）" name="note">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </StepModal>
      )}
      {can.merge && (
        <StepModal<{ targetId: number; note?: string }>
          p={p}
          path="merge"
          title="并案"
          button="并案"
          done="已并案"
        >
          <p>并入一件已立案、尚未交办的提案；本提案的提案者同样收到答复并参与测评。</p>
          <Form.Item label="并入的提案" name="targetId" rules={required('请选择并入的提案')}>
            <ProposalPicker statuses={['registered']} />
          </Form.Item>
          <Form.Item label="说明（选填）" name="note">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </StepModal>
      )}
      {can.unmerge && (
        <StepButton
          p={p}
          path="unmerge"
          button="撤销并案"
          done="已撤销并案"
          confirm="撤销并案，恢复为独立提案？"
        />
      )}
      {can.sendBack && (
        <StepModal<{ note: string }>
          p={p}
          path="send-back"
          title="退回修改"
          button="退回修改"
          done="已退回提案者修改"
        >
          <Form.Item
            label="修改意见"
            name="note"
            rules={[{ required: true, whitespace: true, message: '请填写修改意见' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </StepModal>
      )}
    </>
  );
}
