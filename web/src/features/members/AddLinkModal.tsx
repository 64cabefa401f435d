import { Form } from 'antd';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useMessage } from '../../feedback/message';
import { MemberPicker } from './MemberPicker';

interface Values {
  linkerId: number;
  linkedId: number;
}

/**
 * 建立联系: 主席/副主席 follow 常委, 常委 follow 委员. The server checks the pair with the domain
 * rule and names the field, so a wrong pair is explained under the select that is wrong.
 */
export function AddLinkModal({
  open,
  onClose,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const message = useMessage();
  const submit = async (v: Values) => {
    await api.post('/api/member-links', v);
    message.success('已建立联系');
    onAdded();
    onClose();
  };
  return (
    <FormModal<Values>
      name="member-link"
      title="新增联系"
      open={open}
      onClose={onClose}
      onSubmit={submit}
      okText="确定"
    >
      <Form.Item
        label="联系人"
        name="linkerId"
        extra="主席、副主席联系常委；常委联系委员"
        rules={[{ required: true, message: '请选择联系人' }]}
      >
        <MemberPicker placeholder="输入姓名、拼音或首字母搜索" aria-label="联系人" />
      </Form.Item>
      <Form.Item
        label="被联系人"
        name="linkedId"
        dependencies={['linkerId']}
        rules={[
          { required: true, message: '请选择被联系人' },
          ({ getFieldValue }) => ({
            validator: (_, id?: number) =>
              id && id === getFieldValue('linkerId')
                ? Promise.reject(new Error('被联系人不能与联系人相同'))
                : Promise.resolve(),
          }),
        ]}
      >
        <MemberPicker placeholder="输入姓名、拼音或首字母搜索" aria-label="被联系人" />
      </Form.Item>
    </FormModal>
  );
}
