import { Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  type MeetingKind,
  ORGANISER_KIND_LABELS,
  ORGANISER_KINDS,
  type OrganiserKind,
  PLENARY_SITTINGS,
} from '../../../../domain/meetings';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { showApiError } from '../../components/formErrors';
import { beijingNow, instantOf, pickerValue } from '../../components/pickerTime';
import { useMessage } from '../../feedback/message';
import { type CatalogueSegment, useCatalogueOptions } from '../members/api';
import { useSessions } from '../proposals/api';
import { RichTextEditor } from '../proposals/RichText';
import { useMeetingRefresh } from './api';
import { InviteFields } from './InviteFields';
import { SittingsList } from './SittingsList';
import type { InviteRule, MeetingView } from './types';

interface SittingValues {
  name: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
  place?: string;
}

interface Values {
  kind: MeetingKind;
  title: string;
  organiserKind: OrganiserKind;
  organiserId: number;
  sessionId?: number;
  place: string;
  replyBy: Dayjs;
  agendaHtml?: string;
  sittings: SittingValues[];
  invite: Partial<InviteRule>;
}

const ORGANISER_SEGMENTS: Record<OrganiserKind, CatalogueSegment> = {
  department: 'departments',
  specialCommittee: 'special-committees',
  liaisonGroup: 'liaison-groups',
  activityGroup: 'activity-groups',
};

function OrganiserPicker() {
  const kind = Form.useWatch('organiserKind') as OrganiserKind | undefined;
  const options = useCatalogueOptions(ORGANISER_SEGMENTS[kind ?? 'department']);
  return (
    <Form.Item name="organiserId" label="组织方" rules={[{ required: true, message: '请选择组织方' }]}>
      <Select
        options={options.data ?? []}
        placeholder="选择组织方"
        aria-label="组织方"
        showSearch={{ optionFilterProp: 'label' }}
      />
    </Form.Item>
  );
}

/**
 * A meeting as the form holds it, from the server's view (edit) or a fresh default (new): a
 * meeting a week ahead, organised by the caller's own department, everyone invited.
 */
function initialValues(m: MeetingView | undefined, departmentId: number | null): Partial<Values> {
  if (!m) {
    const start = beijingNow().add(7, 'day').hour(9).minute(0).second(0).millisecond(0);
    return {
      kind: 'standing',
      organiserKind: 'department',
      organiserId: departmentId ?? undefined,
      replyBy: start.subtract(2, 'day'),
      sittings: [{ name: '全体会议', startsAt: start, endsAt: start.add(3, 'hour') }],
      invite: { allMembers: true },
    };
  }
  return {
    kind: m.kind as MeetingKind,
    title: m.title,
    organiserKind: m.organiserKind as OrganiserKind,
    organiserId: m.organiserId,
    sessionId: m.sessionId ?? undefined,
    place: m.place,
    replyBy: dayjs(m.replyBy),
    agendaHtml: m.agendaHtml,
    sittings: m.sittings.map((s) => ({
      name: s.name,
      startsAt: pickerValue(s.startsAt),
      endsAt: pickerValue(s.endsAt),
      place: s.place ?? undefined,
    })),
    invite: m.inviteRule ?? { allMembers: true },
  };
}

const bodyOf = (v: Values) => ({
  ...v,
  sessionId: v.kind === 'plenary' ? (v.sessionId ?? null) : null,
  replyBy: v.replyBy.format('YYYY-MM-DD'),
  agendaHtml: v.agendaHtml ?? '',
  sittings: v.sittings.map((s) => ({ ...s, startsAt: instantOf(s.startsAt), endsAt: instantOf(s.endsAt) })),
});

/** 新建会议 / 修改会议: the notice's fields, the sittings, who is invited, the agenda. */
export function MeetingForm({ meeting }: { meeting?: MeetingView }) {
  const [form] = Form.useForm<Values>();
  const message = useMessage();
  const navigate = useNavigate();
  const refresh = useMeetingRefresh();
  const sessions = useSessions();
  const { data: me } = useMe();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form);
  const save = async (v: Values) => {
    setBusy(true);
    try {
      const saved = meeting
        ? await api.put<MeetingView>(`/api/meetings/${meeting.id}`, {
            ...bodyOf(v),
            expectedVersion: meeting.version,
          })
        : await api.post<MeetingView>('/api/meetings', bodyOf(v));
      refresh(saved);
      message.success(meeting ? '会议已修改' : '会议已保存为草稿');
      navigate(`/meetings/${saved.id}`);
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    } finally {
      setBusy(false);
    }
  };
  const onKind = (k: MeetingKind) => {
    // A plenary has its four sittings; offer them while the form still holds the default one.
    const sittings = form.getFieldValue('sittings') as SittingValues[];
    if (k === 'plenary' && sittings.length === 1) {
      const first = sittings[0].startsAt;
      form.setFieldValue(
        'sittings',
        PLENARY_SITTINGS.map((name, i) => ({
          name,
          startsAt: first.add(i, 'day'),
          endsAt: first.add(i, 'day').add(3, 'hour'),
        })),
      );
    }
  };
  return (
    <Card title={meeting ? meeting.title : undefined}>
      <Form
        form={form}
        layout="vertical"
        name="meeting"
        initialValues={initialValues(meeting, me?.departmentId ?? null)}
        onFinish={save}
        style={{ maxWidth: 960 }}
      >
        <Space wrap>
          <Form.Item name="kind" label="会议类型" rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              onChange={onKind}
              options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
              aria-label="会议类型"
            />
          </Form.Item>
          <Form.Item name="organiserKind" label="组织方类型" rules={[{ required: true }]}>
            <Select
              style={{ width: 140 }}
              onChange={() => form.setFieldValue('organiserId', undefined)}
              options={ORGANISER_KINDS.map((k) => ({ value: k, label: ORGANISER_KIND_LABELS[k] }))}
              aria-label="组织方类型"
            />
          </Form.Item>
          <OrganiserPicker />
          {kind === 'plenary' && (
            <Form.Item name="sessionId" label="届次会议">
              <Select
                style={{ width: 200 }}
                allowClear
                options={(sessions.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                aria-label="届次会议"
              />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="title" label="会议名称" rules={[{ required: true, message: '请填写会议名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="place" label="地点" rules={[{ required: true, message: '请填写地点' }]}>
            <Input maxLength={100} style={{ width: 300 }} />
          </Form.Item>
          <Form.Item
            name="replyBy"
            label="回复截止日期"
            rules={[{ required: true, message: '请选择回复截止日期' }]}
          >
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item label="场次" required>
          <SittingsList />
        </Form.Item>
        <Card size="small" title="参会范围" style={{ marginBottom: 16 }}>
          <InviteFields />
        </Card>
        <Form.Item name="agendaHtml" label="议程">
          <RichTextEditor label="议程" placeholder="会议议程" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            保存
          </Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
