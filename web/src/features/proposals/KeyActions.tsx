import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  SATISFACTION_LABELS,
  SATISFACTION_LEVELS,
  SUPERVISION_KIND_LABELS,
  SUPERVISION_KINDS,
} from '../../../../domain/proposals';
import { beijingNow } from '../../components/pickerTime';
import { SupervisorPicker, supervisorBody } from './Pickers';
import { StepButton, StepModal } from './StepModal';
import type { ProposalView, Reply } from './types';

const KIND_OPTIONS = SUPERVISION_KINDS.map((k) => ({ value: k, label: SUPERVISION_KIND_LABELS[k] }));
const LEVEL_OPTIONS = SATISFACTION_LEVELS.map((l) => ({ value: l, label: SATISFACTION_LABELS[l] }));
const basis = (
  <Form.Item label="依据（选填）" name="basis" extra="如：主席会议决定的文号、会议名称">
    <Input.TextArea rows={2} maxLength={500} />
  </Form.Item>
);

interface SupervisionValues {
  kind: string;
  heldOn: Dayjs;
  place?: string;
  participants?: string;
  summary: string;
}

/** 督办 record: by the staff or the leader leading the key proposal. */
export function SupervisionModal({ p }: { p: ProposalView }) {
  return (
    <StepModal<SupervisionValues>
      p={p}
      path="supervisions"
      title="登记督办"
      button="登记督办"
      done="督办记录已登记"
      initialValues={{ kind: 'inspection', heldOn: beijingNow() }}
      toBody={(v) => ({ ...v, heldOn: v.heldOn.format('YYYY-MM-DD') })}
    >
      <Form.Item label="督办方式" name="kind" rules={[{ required: true, message: '请选择督办方式' }]}>
        <Select options={KIND_OPTIONS} />
      </Form.Item>
      <Form.Item label="督办日期" name="heldOn" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(beijingNow(), 'day')} />
      </Form.Item>
      <Form.Item label="地点" name="place">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="参加人员" name="participants">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item
        label="督办情况"
        name="summary"
        rules={[{ required: true, whitespace: true, message: '请填写督办情况' }]}
      >
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </StepModal>
  );
}

/** 重点提案 (shortlist, the 主席会议's choice with its leading leader, dropping it), 督办, 优秀提案. */
export function KeyActions({ p }: { p: ProposalView }) {
  const can = p.abilities;
  return (
    <>
      {can.shortlistKey && (
        <StepModal<{ basis?: string }>
          p={p}
          path="key/shortlist"
          title="列为重点提案候选"
          button="列为重点候选"
          done="已列为重点提案候选"
        >
          {basis}
        </StepModal>
      )}
      {can.selectKey && (
        <StepModal<{ lead: string; basis?: string }>
          p={p}
          path="key/select"
          toBody={({ lead, basis: b }) => ({ ...supervisorBody(lead), basis: b })}
          title="确定为重点提案"
          button="确定为重点提案"
          buttonProps={{ type: 'primary' }}
          done="已确定为重点提案"
        >
          <Form.Item
            label="领衔督办领导"
            name="lead"
            rules={[{ required: true, message: '请选择领衔督办领导' }]}
          >
            <SupervisorPicker />
          </Form.Item>
          {basis}
        </StepModal>
      )}
      {can.dropKey && (
        <StepButton
          p={p}
          path="key/drop"
          button="取消重点提案"
          done="已取消重点提案"
          confirm="取消该提案的重点提案（或候选）身份？"
        />
      )}
      {can.recordSupervision && <SupervisionModal p={p} />}
      {can.setExcellent && (
        <StepButton
          p={p}
          path="excellent"
          body={{ isExcellent: !p.isExcellent }}
          button={p.isExcellent ? '撤销优秀提案' : '评为优秀提案'}
          done={p.isExcellent ? '已撤销优秀提案' : '已评为优秀提案'}
          confirm={p.isExcellent ? '撤销该提案的优秀提案评定？' : '将该提案评为优秀提案？'}
        />
      )}
    </>
  );
}

interface RatingValues {
  overall: string;
  attitude: string;
  contact: string;
  result: string;
  comment?: string;
}

const levelItem = (name: keyof RatingValues, label: string) => (
  <Form.Item label={label} name={name} rules={[{ required: true, message: `请评价${label}` }]}>
    <Radio.Group options={LEVEL_OPTIONS} />
  </Form.Item>
);

/** 满意度测评 of one reply: overall, attitude, contact and result; 不满意 sends it back to handling. */
export function RatingModal({ p, reply }: { p: ProposalView; reply: Reply }) {
  return (
    <StepModal<RatingValues>
      p={p}
      path="ratings"
      title={`满意度测评：${reply.unitName}的答复`}
      button="满意度测评"
      buttonProps={{ type: 'primary' }}
      okText="提交测评"
      done="测评已提交"
      toBody={(v) => ({ ...v, replyId: reply.id })}
    >
      {levelItem('overall', '总体评价')}
      {levelItem('attitude', '办理态度')}
      {levelItem('contact', '沟通联系')}
      {levelItem('result', '办理结果')}
      <Form.Item
        label="意见建议（选填）"
        name="comment"
        extra="总体评价为不满意的，提案将退回承办单位重新办理"
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepModal>
  );
}
