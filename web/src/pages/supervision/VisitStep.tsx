import { Checkbox, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { beijingNow } from '../../components/pickerTime';
import { ModalStep } from '../../features/opinions/common';
import type { PathStep } from '../consultations/ConsultationRecords';

/**
 * 记录监督活动 / 视察调研行程: the day, the place, who of the group was there (ticked, all by
 * default) and what was found. The members ticked get the duty-archive point.
 */
export function VisitStep({
  step,
  members,
  notesField,
}: {
  step: PathStep;
  members: { id: number; name: string }[];
  /** `findings` (supervision, required) or `notes` (inspection, optional). */
  notesField: 'findings' | 'notes';
}) {
  const findings = notesField === 'findings';
  return (
    <ModalStep<{ visitedOn: Dayjs; place: string; memberIds: number[]; findings?: string; notes?: string }>
      button={findings ? '记录监督活动' : '记录行程'}
      title={findings ? '记录监督活动' : '记录视察调研行程'}
      name="supervision-visit"
      okText="保存"
      buttonProps={{ type: 'primary' }}
      initialValues={{ visitedOn: beijingNow(), memberIds: members.map((m) => m.id) }}
      onSubmit={({ visitedOn, ...v }) =>
        step(
          'visits',
          { ...v, visitedOn: visitedOn?.format('YYYY-MM-DD'), [notesField]: v[notesField] ?? '' },
          findings ? '监督活动已记录' : '行程已记录',
        )
      }
    >
      <Form.Item name="visitedOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="place" label="地点" rules={[{ required: true, message: '请填写地点' }]}>
        <Input maxLength={200} />
      </Form.Item>
      {/* No client-side "required": antd would put aria-required on the checkbox group, which ARIA
          does not allow there; an empty choice comes back as the server's 400 under this field. */}
      <Form.Item name="memberIds" label="到场委员">
        <Checkbox.Group options={members.map((m) => ({ value: m.id, label: m.name }))} />
      </Form.Item>
      <Form.Item
        name={notesField}
        label={findings ? '发现的问题' : '情况记录'}
        rules={findings ? [{ required: true, message: '请填写发现的问题' }] : []}
      >
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </ModalStep>
  );
}
