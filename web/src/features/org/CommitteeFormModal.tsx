import { Form, Input, Select } from 'antd';
import { COMMITTEE_LEVEL_LABELS, COMMITTEE_LEVELS, isLevelBelow } from '../../../../domain/org-resources';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useMessage } from '../../feedback/message';
import { COMMITTEES_URL, type CommitteeItem } from './committees';

/** Either a new committee under `parent` or a rename of an existing one. */
export type CommitteeFormTarget = { parent: CommitteeItem } | { rename: CommitteeItem };

export interface CommitteeFormModalProps {
  target: CommitteeFormTarget | null;
  onClose: () => void;
  onSaved: () => void;
}

interface CommitteeValues {
  name: string;
  level?: string;
  region?: string;
}

/** Adds a sub-committee (a level below the parent) or renames one: the system administrator's form. */
export function CommitteeFormModal({ target, onClose, onSaved }: CommitteeFormModalProps) {
  const message = useMessage();
  const parent = target && 'parent' in target ? target.parent : null;
  const renamed = target && 'rename' in target ? target.rename : null;
  const levels = parent ? COMMITTEE_LEVELS.filter((l) => isLevelBelow(l, parent.level)) : [];
  const save = async (values: CommitteeValues) => {
    if (parent) await api.post(COMMITTEES_URL, values);
    else if (renamed) await api.put(`${COMMITTEES_URL}/${renamed.id}`, values);
    message.success(parent ? '已新建委员会' : '已保存');
    onSaved();
  };
  return (
    <FormModal<CommitteeValues>
      open={target !== null}
      title={parent ? `在「${parent.name}」下新建委员会` : '修改委员会'}
      initialValues={renamed ? { name: renamed.name, region: renamed.region ?? undefined } : undefined}
      onSubmit={save}
      onClose={onClose}
      name="committee"
    >
      <Form.Item
        name="name"
        label="名称"
        rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
      >
        <Input maxLength={50} placeholder="如：某某县政协" />
      </Form.Item>
      {parent && (
        <Form.Item name="level" label="级别" rules={[{ required: true, message: '请选择级别' }]}>
          <Select options={levels.map((l) => ({ value: l, label: COMMITTEE_LEVEL_LABELS[l] }))} />
        </Form.Item>
      )}
      <Form.Item name="region" label="地区">
        <Input maxLength={50} />
      </Form.Item>
    </FormModal>
  );
}
