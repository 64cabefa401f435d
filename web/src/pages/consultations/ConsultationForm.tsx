import { DatePicker, Divider, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  CONSULTATION_FORM_LABELS,
  CONSULTATION_FORMS,
  GRASSROOTS_KIND_LABELS,
  GRASSROOTS_KINDS,
} from '../../../../domain/consultations';
import { ORGANISER_KIND_LABELS, ORGANISER_KINDS, type OrganiserKind } from '../../../../domain/meetings';
import { instantOf } from '../../components/pickerTime';
import { RemoteSelect } from '../../components/RemoteSelect';
import { currentYear } from '../../components/YearSelect';
import { InviteFields } from '../../features/meetings/InviteFields';
import type { InviteRule } from '../../features/meetings/types';
import { ListMultiSelect } from '../../features/opinions/common';

/** The catalogue each kind of organiser is picked from. */
const ORGANISER_URLS: Record<OrganiserKind, string> = {
  department: '/api/org/departments',
  specialCommittee: '/api/org/special-committees',
  liaisonGroup: '/api/org/liaison-groups',
  activityGroup: '/api/org/activity-groups',
};

export interface ConsultationFormValues {
  form: string;
  grassrootsKind?: string;
  topic: string;
  planTopicId?: number | null;
  organiserKind: OrganiserKind;
  organiserId: number;
  time: [Dayjs, Dayjs];
  place: string;
  summary?: string;
  leaderIds?: number[];
  unitIds?: number[];
  /** The members invited through the activity's meeting (the meetings' 参会范围, without its 列席). */
  invite?: Partial<InviteRule>;
}

/** Whether the form names any member: by the whole committee, a position, a catalogue or by name. */
const invitesMembers = (i: Partial<InviteRule> | undefined) =>
  !!i &&
  (i.allMembers === true ||
    [
      i.positions,
      i.sectorIds,
      i.specialCommitteeIds,
      i.liaisonGroupIds,
      i.activityGroupIds,
      i.memberIds,
    ].some((list) => (list?.length ?? 0) > 0));

/**
 * The form's values as the API takes them: invited members through a meeting, made only when some
 * member is invited; the server adds the invited leaders and departments to it as 列席.
 */
export function consultationBody(v: ConsultationFormValues) {
  const { time, invite, ...rest } = v;
  return {
    ...rest,
    grassrootsKind: v.form === 'grassroots' ? v.grassrootsKind : null,
    startsAt: instantOf(time[0]),
    endsAt: instantOf(time[1]),
    leaderIds: v.leaderIds ?? [],
    unitIds: v.unitIds ?? [],
    invite: invitesMembers(invite) ? { ...invite, leaderIds: [], unitIds: [] } : null,
  };
}

/** 新建协商活动: topic, form (a grass-roots kind), organiser, time, place, invited leaders, departments, members. */
export function ConsultationFields() {
  const form = Form.useWatch('form');
  const organiserKind = Form.useWatch('organiserKind') as OrganiserKind | undefined;
  const time = Form.useWatch('time') as [Dayjs, Dayjs] | undefined;
  const year = time?.[0]?.year() ?? currentYear();
  return (
    <>
      <Form.Item name="topic" label="协商议题" rules={[{ required: true, message: '请填写协商议题' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="planTopicId" label={`${year}年度协商计划议题`} extra="不选即为计划外的活动">
        <RemoteSelect
          key={year}
          url="/api/consultation-topics"
          params={{ planned: year }}
          labelOf={(r) => String(r.title)}
          placeholder="从年度协商计划选择"
          allowClear
        />
      </Form.Item>
      <Form.Item name="form" label="协商形式" rules={[{ required: true, message: '请选择协商形式' }]}>
        <Select options={CONSULTATION_FORMS.map((f) => ({ value: f, label: CONSULTATION_FORM_LABELS[f] }))} />
      </Form.Item>
      {form === 'grassroots' && (
        <Form.Item
          name="grassrootsKind"
          label="基层协商类型"
          rules={[{ required: true, message: '请选择类型' }]}
        >
          <Select options={GRASSROOTS_KINDS.map((k) => ({ value: k, label: GRASSROOTS_KIND_LABELS[k] }))} />
        </Form.Item>
      )}
      <Form.Item name="organiserKind" label="组织方类型" rules={[{ required: true }]}>
        <Select options={ORGANISER_KINDS.map((k) => ({ value: k, label: ORGANISER_KIND_LABELS[k] }))} />
      </Form.Item>
      {organiserKind && (
        <Form.Item name="organiserId" label="组织方" rules={[{ required: true, message: '请选择组织方' }]}>
          <RemoteSelect key={organiserKind} url={ORGANISER_URLS[organiserKind]} placeholder="组织方" />
        </Form.Item>
      )}
      <Form.Item name="time" label="时间" rules={[{ required: true, message: '请选择时间' }]}>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="place" label="地点" rules={[{ required: true, message: '请填写地点' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="leaderIds" label="邀请领导">
        <ListMultiSelect url="/api/org/leaders" placeholder="邀请领导" />
      </Form.Item>
      <Form.Item name="unitIds" label="邀请部门">
        <ListMultiSelect url="/api/org/handling-units" placeholder="邀请部门（承办单位）" />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        参加委员（发会议通知、请假和签到；不选则不建会议）
      </Divider>
      <InviteFields attendees={false} />
      <Form.Item name="summary" label="活动简介">
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </>
  );
}
