import { Checkbox, Form, Input, Select, Switch } from 'antd';
import { ROLE_LABELS, ROLES, type Role } from '../../../../domain/roles';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { RemoteSelect } from '../../components/RemoteSelect';
import { useMessage } from '../../feedback/message';
import { ACCOUNTS_URL, type AccountItem, LINK_OF_ROLE } from './accounts';

interface AccountValues {
  username?: string;
  displayName: string;
  role: Role;
  phone?: string;
  removePhone?: boolean;
  departmentId?: number;
  memberId?: number;
  handlingUnitId?: number;
  leaderId?: number;
  informantId?: number;
  canViewSensitive?: boolean;
  active?: boolean;
}

/** The role select and, below it, the record that role must be linked to (picked by searching). */
function RoleAndLink({ account }: { account: AccountItem | null }) {
  const form = Form.useFormInstance<AccountValues>();
  const role = Form.useWatch('role', form);
  const link = role ? LINK_OF_ROLE[role] : undefined;
  const unchangedRole = account !== null && account.role === role;
  return (
    <>
      <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
        <Select
          disabled={account !== null && !account.abilities.changeRole}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          onChange={() =>
            form.setFieldsValue({
              departmentId: undefined,
              memberId: undefined,
              handlingUnitId: undefined,
              leaderId: undefined,
              informantId: undefined,
              canViewSensitive: false,
            })
          }
        />
      </Form.Item>
      {link && (
        <Form.Item
          name={link.field}
          label={link.label}
          rules={[{ required: true, message: `请选择${link.label}` }]}
        >
          <RemoteSelect
            url={`${ACCOUNTS_URL}/link-options`}
            params={{ role }}
            placeholder="输入名称搜索"
            selectedLabel={unchangedRole ? account.linkName : null}
          />
        </Form.Item>
      )}
      {role === 'staff' && (
        <Form.Item
          name="canViewSensitive"
          label="查看敏感信息"
          valuePropName="checked"
          extra="可查看委员完整手机号和身份证号，每次查看都记入审计日志"
        >
          <Switch />
        </Form.Item>
      )}
    </>
  );
}

/** What the server expects: the phone only when typed (or null to remove it), no helper fields. */
function toBody({ removePhone, phone, ...rest }: AccountValues) {
  const trimmed = phone?.trim();
  return { ...rest, ...(trimmed ? { phone: trimmed } : removePhone ? { phone: null } : {}) };
}

/** The edit form starts from the account's current values; the phone itself is never sent back. */
function initialOf(a: AccountItem): Partial<AccountValues> {
  const link = LINK_OF_ROLE[a.role];
  return {
    displayName: a.displayName,
    role: a.role,
    canViewSensitive: a.canViewSensitive,
    ...(link ? { [link.field]: a[link.field] ?? undefined } : {}),
  };
}

export interface AccountFormModalProps {
  editing: AccountItem | 'new' | null;
  onClose: () => void;
  /** Called after a save; `initialPassword` is set after a create. */
  onSaved: (result: { username: string; initialPassword?: string }) => void;
}

/** Create or edit an account: role, link, phone for login, the 查看敏感信息 right. */
export function AccountFormModal({ editing, onClose, onSaved }: AccountFormModalProps) {
  const message = useMessage();
  const account = editing && editing !== 'new' ? editing : null;
  const save = async (values: AccountValues) => {
    if (account) {
      await api.put(`${ACCOUNTS_URL}/${account.id}`, toBody(values));
      message.success('已保存');
      onSaved({ username: account.username });
      return;
    }
    const res = await api.post<{ account: AccountItem; initialPassword: string }>(
      ACCOUNTS_URL,
      toBody(values),
    );
    onSaved({ username: res.account.username, initialPassword: res.initialPassword });
  };
  return (
    <FormModal<AccountValues>
      open={editing !== null}
      title={account ? `编辑账号 ${account.username}` : '新建账号'}
      initialValues={account ? initialOf(account) : { canViewSensitive: false }}
      onSubmit={save}
      onClose={onClose}
      name="account"
    >
      {!account && (
        <Form.Item
          name="username"
          label="用户名"
          rules={[
            { required: true, message: '请填写用户名' },
            { pattern: /^[a-zA-Z0-9_.]{4,32}$/, message: '须为 4–32 位字母、数字、下划线或点' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label="姓名"
        rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <RoleAndLink account={account} />
      <Form.Item
        name="phone"
        label="手机号（可用于登录）"
        rules={[{ pattern: /^1\d{10}$/, message: '须为 11 位手机号码' }]}
        extra={account?.hasPhone ? '已设置手机号；留空则保持不变' : undefined}
      >
        <Input inputMode="numeric" maxLength={11} autoComplete="off" />
      </Form.Item>
      {account?.hasPhone && (
        <Form.Item name="removePhone" valuePropName="checked">
          <Checkbox>清除手机号</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
