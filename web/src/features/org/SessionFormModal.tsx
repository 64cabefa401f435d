import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { currentYear } from '../../components/YearSelect';
import { useMessage } from '../../feedback/message';
import { SESSIONS_URL, type SessionItem, type TermItem } from './terms';

interface SessionValues {
  termId: number;
  ordinal: number;
  year: number;
  name?: string;
  openingDate?: Dayjs | null;
}

export interface SessionFormModalProps {
  editing: SessionItem | 'new' | null;
  /** The caller's own terms: sessions are added only to those. */
  terms: TermItem[];
  onClose: () => void;
  onSaved: () => void;
}

/** Adds or changes a plenary session (次会议) of one of the committee's terms. */
export function SessionFormModal({ editing, terms, onClose, onSaved }: SessionFormModalProps) {
  const message = useMessage();
  const session = editing && editing !== 'new' ? editing : null;
  const save = async ({ openingDate, ...rest }: SessionValues) => {
    const body = { ...rest, openingDate: openingDate ? openingDate.format('YYYY-MM-DD') : null };
    if (session) await api.put(`${SESSIONS_URL}/${session.id}`, body);
    else await api.post(SESSIONS_URL, body);
    message.success(session ? '已保存' : '已新增会议');
    onSaved();
  };
  const current = terms.find((t) => t.current);
  return (
    <FormModal<SessionValues>
      open={editing !== null}
      title={session ? `修改${session.name}` : '新增会议（次会议）'}
      initialValues={
        session
          ? { ...session, openingDate: session.openingDate ? dayjs(session.openingDate) : null }
          : { termId: current?.id, year: currentYear() }
      }
      onSubmit={save}
      onClose={onClose}
      name="session"
    >
      <Form.Item name="termId" label="届次" rules={[{ required: true, message: '请选择届次' }]}>
        <Select options={terms.map((t) => ({ value: t.id, label: t.name }))} />
      </Form.Item>
      <Form.Item name="ordinal" label="第几次会议" rules={[{ required: true, message: '请填写序号' }]}>
        <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={1949} max={2999} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="name" label="名称" extra="留空则按届次和序号命名，如“第十一届二次会议”">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="openingDate" label="开幕日期">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
