import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CONTACT_METHOD_LABELS, CONTACT_METHODS } from '../../../../domain/proposals';
import { beijingNow } from '../../components/pickerTime';
import { ReplyModal } from './ReplyModal';
import { StepButton, StepModal } from './StepModal';
import type { ProposalView } from './types';

const METHOD_OPTIONS = CONTACT_METHODS.map((m) => ({ value: m, label: CONTACT_METHOD_LABELS[m] }));
const date = (d: Dayjs) => d.format('YYYY-MM-DD');
const text = (label: string, max: number, rows = 3) => (
  <Input.TextArea rows={rows} maxLength={max} aria-label={label} />
);
const requiredText = (message: string) => [{ required: true, whitespace: true, message }];

interface ContactValues {
  contactedOn: Dayjs;
  method: string;
  unitContactName: string;
  memberId?: number;
  summary: string;
}

/** 沟通联系: how and when the unit spoke with the proposer (a proposer sees it on the timeline). */
function ContactModal({ p }: { p: ProposalView }) {
  const proposers = p.signers.filter((s) => s.state !== 'declined');
  return (
    <StepModal<ContactValues>
      p={p}
      path="contacts"
      title="登记沟通联系"
      button="登记沟通联系"
      done="已登记沟通联系"
      initialValues={{ contactedOn: beijingNow(), method: 'phone' }}
      toBody={(v) => ({ ...v, contactedOn: date(v.contactedOn) })}
    >
      <Form.Item label="联系日期" name="contactedOn" rules={[{ required: true, message: '请选择联系日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(beijingNow(), 'day')} />
      </Form.Item>
      <Form.Item label="联系方式" name="method" rules={[{ required: true, message: '请选择联系方式' }]}>
        <Select options={METHOD_OPTIONS} />
      </Form.Item>
      {proposers.length > 1 && (
        <Form.Item label="联系的提案者" name="memberId">
          <Select allowClear options={proposers.map((s) => ({ value: s.memberId, label: s.name }))} />
        </Form.Item>
      )}
      <Form.Item label="承办单位联系人" name="unitContactName" rules={requiredText('请填写承办单位联系人')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label="沟通内容" name="summary" rules={requiredText('请填写沟通内容')}>
        {text('沟通内容', 2000, 4)}
      </Form.Item>
    </StepModal>
  );
}

/**
 * The handling unit's steps: 签收, 退回 (within the window), 沟通联系, 会办意见 (a 会办 unit to the
 * 主办), 申请延期, 答复, 落实情况.
 */
export function UnitActions({ p }: { p: ProposalView }) {
  const can = p.abilities;
  return (
    <>
      {can.accept && (
        <StepButton p={p} path="accept" button="签收" done="已签收" buttonProps={{ type: 'primary' }} />
      )}
      {can.returnAssignment && (
        <StepModal<{ reason: string }>
          p={p}
          path="return"
          title="退回交办"
          button="退回"
          buttonProps={{ danger: true }}
          done="已退回，等待重新交办"
        >
          <p>交办不当的提案可在规定期限内退回，由提案委重新交办。</p>
          <Form.Item label="退回理由" name="reason" rules={requiredText('请填写退回理由')}>
            {text('退回理由', 500)}
          </Form.Item>
        </StepModal>
      )}
      {can.recordContact && <ContactModal p={p} />}
      {can.sendOpinion && (
        <StepModal<{ body: string }>
          p={p}
          path="opinions"
          title="会办意见"
          button="提交会办意见"
          done="会办意见已送主办单位"
        >
          <Form.Item label="会办意见" name="body" rules={requiredText('请填写会办意见')}>
            {text('会办意见', 5000, 6)}
          </Form.Item>
        </StepModal>
      )}
      {can.requestExtension && (
        <StepModal<{ requestedDueDate: Dayjs; reason: string }>
          p={p}
          path="extension"
          title="申请延期"
          button="申请延期"
          done="延期申请已提交"
          toBody={(v) => ({ ...v, requestedDueDate: date(v.requestedDueDate) })}
        >
          <Form.Item
            label="延期至"
            name="requestedDueDate"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(beijingNow(), 'day')} />
          </Form.Item>
          <Form.Item label="理由" name="reason" rules={requiredText('请填写延期理由')}>
            {text('理由', 500)}
          </Form.Item>
        </StepModal>
      )}
      {(can.reply || can.replyPartial) && <ReplyModal p={p} />}
      {can.reportImplementation && (
        <StepModal<{ body: string }>
          p={p}
          path="implementations"
          title="报送落实情况"
          button="报送落实情况"
          done="落实情况已报送"
        >
          <Form.Item label="落实情况" name="body" rules={requiredText('请填写落实情况')}>
            {text('落实情况', 5000, 6)}
          </Form.Item>
        </StepModal>
      )}
    </>
  );
}
