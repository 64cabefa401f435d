import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useMessage } from '../../feedback/message';
import { TERMS_URL, type TermItem } from './terms';

interface TermValues {
  ordinal: number;
  name?: string;
  range: [Dayjs, Dayjs];
}

export interface TermFormModalProps {
  editing: TermItem | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Adds or changes a 届次; the name may be left empty to get the usual 第N届. */
export function TermFormModal({ editing, onClose, onSaved }: TermFormModalProps) {
  const message = useMessage();
  const term = editing && editing !== 'new' ? editing : null;
  const save = async ({ range, ...rest }: TermValues) => {
    const body = {
      ...rest,
      startDate: range[0].format('YYYY-MM-DD'),
      endDate: range[1].format('YYYY-MM-DD'),
    };
    if (term) await api.put(`${TERMS_URL}/${term.id}`, body);
    else await api.post(TERMS_URL, body);
    message.success(term ? '已保存' : '已新增届次');
    onSaved();
  };
  return (
    <FormModal<TermValues>
      open={editing !== null}
      title={term ? `修改${term.name}` : '新增届次'}
      initialValues={
        term
          ? { ordinal: term.ordinal, name: term.name, range: [dayjs(term.startDate), dayjs(term.endDate)] }
          : undefined
      }
      onSubmit={save}
      onClose={onClose}
      name="term"
    >
      <Form.Item name="ordinal" label="第几届" rules={[{ required: true, message: '请填写序号' }]}>
        <InputNumber
          min={1}
          max={99}
          precision={0}
          style={{ width: '100%' }}
          placeholder="如 11 即第十一届"
        />
      </Form.Item>
      <Form.Item name="name" label="名称" extra="留空则按序号命名，如“第十一届”">
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="range" label="届期" rules={[{ required: true, message: '请选择开始与结束日期' }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
