import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useMessage } from '../../feedback/message';
import { type MemberProfile, memberQueryKey, useCatalogueOptions } from './api';

interface ModalProps {
  member: MemberProfile;
  open: boolean;
  onClose: () => void;
}

/** Puts the server's fresh profile in the cache and drops the directory pages that listed it. */
function useProfileUpdate() {
  const qc = useQueryClient();
  return (profile: MemberProfile) => {
    qc.setQueryData(memberQueryKey(profile.id), profile);
    void qc.invalidateQueries({ queryKey: ['/api/members'] });
  };
}

/** 退出: the member leaves on a date for a reason; the record stays for the archive. */
export function LeaveModal({ member, open, onClose }: ModalProps) {
  const message = useMessage();
  const update = useProfileUpdate();
  const submit = async (v: { leftDate: Dayjs; leftReason: string }) => {
    const body = { leftDate: v.leftDate.format('YYYY-MM-DD'), leftReason: v.leftReason };
    update(await api.post<MemberProfile>(`/api/members/${member.id}/leave`, body));
    message.success(`${member.name}已办理退出`);
    onClose();
  };
  return (
    <FormModal
      name="member-leave"
      title={`${member.name}退出`}
      open={open}
      onClose={onClose}
      onSubmit={submit}
      okText="确认退出"
      danger
    >
      <Form.Item label="退出日期" name="leftDate" rules={[{ required: true, message: '请选择退出日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="退出原因"
        name="leftReason"
        rules={[
          { required: true, whitespace: true, message: '请填写退出原因' },
          { max: 200, message: '退出原因不能超过 200 个字' },
        ]}
      >
        <Input.TextArea rows={3} placeholder="如：工作调动、辞去委员职务" />
      </Form.Item>
    </FormModal>
  );
}

/** The activity groups (活动组、工作室、会客厅) a member belongs to, replaced as a whole. */
export function ActivityGroupsModal({ member, open, onClose }: ModalProps) {
  const message = useMessage();
  const groups = useCatalogueOptions('activity-groups');
  const update = useProfileUpdate();
  const submit = async (v: { activityGroupIds?: number[] }) => {
    const body = { activityGroupIds: v.activityGroupIds ?? [] };
    update(await api.put<MemberProfile>(`/api/members/${member.id}/activity-groups`, body));
    message.success('活动组已保存');
    onClose();
  };
  return (
    <FormModal
      name="member-activity-groups"
      title="设置活动组"
      open={open}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ activityGroupIds: member.activityGroups.map((g) => g.id) }}
    >
      <Form.Item label="活动组" name="activityGroupIds">
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={groups.isLoading}
          options={groups.data ?? []}
          placeholder="选择活动组、委员工作室或委员会客厅"
        />
      </Form.Item>
    </FormModal>
  );
}
