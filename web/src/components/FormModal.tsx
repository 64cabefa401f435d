import { Form, Modal } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useMessage } from '../feedback/message';
import { showApiError } from './formErrors';

export interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  /** Values the form starts with each time it opens (an edited row), or nothing for a new one. */
  initialValues?: Partial<V>;
  /** Sends the form; a thrown 400 that names a field is shown under that field. */
  onSubmit: (values: V) => Promise<void>;
  onClose: () => void;
  okText?: string;
  /** A step that cannot be undone from here (退出): the button is red. */
  danger?: boolean;
  /** Form name, so browser tests and labels have stable ids. */
  name: string;
  children: ReactNode;
}

/**
 * A modal form that saves through the API: it resets when opened, keeps the dialog open on a
 * server error and puts field errors where the user typed.
 */
export function FormModal<V extends object>({
  open,
  title,
  initialValues,
  onSubmit,
  onClose,
  okText = '保存',
  danger = false,
  name,
  children,
}: FormModalProps<V>) {
  const message = useMessage();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  // Read once per opening: a parent re-render must not wipe what the user is typing.
  const initial = useRef(initialValues);
  initial.current = initialValues;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initial.current) form.setFieldsValue(initial.current as never);
  }, [open, form]);
  const submit = async (values: V) => {
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      confirmLoading={saving}
      okButtonProps={{ danger }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} name={name}>
        {children}
      </Form>
    </Modal>
  );
}
