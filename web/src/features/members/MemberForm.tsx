import { Button, Form, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { idBirthDate, idNumberProblem } from '../../../../domain/members';
import { api } from '../../api/client';
import { showApiError } from '../../components/formErrors';
import { useMessage } from '../../feedback/message';
import type { MemberProfile } from './api';
import { MemberFormFields } from './MemberFormFields';
import { initialValues, type MemberFormValues, showDuplicate, toBody } from './member-form-values';

export interface MemberFormProps {
  /** The member being edited; absent for a new member. */
  member?: MemberProfile;
  onSaved: (saved: MemberProfile) => void;
  onCancel: () => void;
}

/** Create or edit a member: every field, checked as the server checks it, server refusals on the field. */
export function MemberForm({ member, onSaved, onCancel }: MemberFormProps) {
  const [form] = Form.useForm<MemberFormValues>();
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const submit = async (v: MemberFormValues) => {
    setBusy(true);
    try {
      const body = toBody(v, member !== undefined);
      const saved = member
        ? await api.put<MemberProfile>(`/api/members/${member.id}`, body)
        : await api.post<MemberProfile>('/api/members', body);
      message.success(member ? '委员信息已保存' : `已新增委员${saved.name}`);
      onSaved(saved);
    } catch (e) {
      const text = showApiError(form, e);
      if (text && !showDuplicate(form, text)) message.error(text);
    } finally {
      setBusy(false);
    }
  };
  // A valid ID number fills an empty birth date, as the import does.
  const fillBirthDate = (changed: Partial<MemberFormValues>) => {
    const id = changed.idNumber?.trim().toUpperCase();
    if (id && !idNumberProblem(id) && !form.getFieldValue('birthDate')) {
      form.setFieldValue('birthDate', dayjs(idBirthDate(id)));
    }
  };
  return (
    <Form<MemberFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(member)}
      onFinish={submit}
      onValuesChange={fillBirthDate}
      scrollToFirstError
    >
      <MemberFormFields member={member} />
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
