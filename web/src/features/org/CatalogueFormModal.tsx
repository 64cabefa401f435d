import { Form, Input, InputNumber, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import type { OrgField, OrgResource } from '../../../../domain/org-resources';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useMessage } from '../../feedback/message';

export type CatalogueRow = Record<string, unknown> & { id: number; abilities?: Record<string, boolean> };

function rulesOf(f: OrgField): Rule[] {
  const rules: Rule[] = [];
  const verb = f.type === 'enum' ? '请选择' : '请填写';
  if (f.required) rules.push({ required: true, whitespace: f.type === 'text', message: `${verb}${f.label}` });
  if (f.type === 'text' && f.max) rules.push({ max: f.max, message: `不能超过 ${f.max} 个字` });
  return rules;
}

/** The input a field definition asks for: text, a whole number, or one of a closed list. */
function inputOf(f: OrgField) {
  if (f.type === 'bool') return <Switch checkedChildren="是" unCheckedChildren="否" />;
  if (f.type === 'int') return <InputNumber min={0} max={f.max} precision={0} style={{ width: '100%' }} />;
  if (f.type === 'enum') {
    return (
      <Select options={(f.options ?? []).map((o) => ({ value: o, label: o }))} allowClear={!f.required} />
    );
  }
  if (f.multiline) {
    return <Input.TextArea maxLength={f.max} showCount autoSize={{ minRows: 2, maxRows: 8 }} />;
  }
  return <Input maxLength={f.max} showCount />;
}

export interface CatalogueFormModalProps {
  resource: OrgResource;
  /** The row being edited, 'new' to create, null when closed. */
  editing: CatalogueRow | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Create and edit form of any catalogue, generated from its definition in
 * domain/org-resources.ts: the same field list the server validates against.
 */
export function CatalogueFormModal({ resource, editing, onClose, onSaved }: CatalogueFormModalProps) {
  const message = useMessage();
  const isNew = editing === 'new';
  const save = async (values: Record<string, unknown>) => {
    const base = `/api/org/${resource.segment}`;
    if (editing === 'new') await api.post(base, values);
    else if (editing) await api.put(`${base}/${editing.id}`, values);
    message.success(isNew ? `已新增${resource.label}` : '已保存');
    onSaved();
  };
  return (
    <FormModal<Record<string, unknown>>
      open={editing !== null}
      title={`${isNew ? '新增' : '编辑'}${resource.label}`}
      initialValues={editing && editing !== 'new' ? editing : undefined}
      onSubmit={save}
      onClose={onClose}
      name={`catalogue-${resource.key}`}
    >
      {resource.fields.map((f) => (
        <Form.Item
          key={f.key}
          name={f.key}
          label={f.label}
          rules={rulesOf(f)}
          valuePropName={f.type === 'bool' ? 'checked' : 'value'}
        >
          {inputOf(f)}
        </Form.Item>
      ))}
    </FormModal>
  );
}
