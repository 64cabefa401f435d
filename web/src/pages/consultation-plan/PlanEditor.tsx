import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { CONSULTATION_FORM_LABELS, CONSULTATION_FORMS } from '../../../../domain/consultations';
import { api, type Page, toQuery } from '../../api/client';
import { showApiError } from '../../components/formErrors';
import { type PlanView, type TopicItem, useConsultationRefresh } from '../../features/consultation/api';
import { useMessage } from '../../feedback/message';

const FORM_OPTIONS = CONSULTATION_FORMS.map((f) => ({ value: f, label: CONSULTATION_FORM_LABELS[f] }));
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));
type Named = { id: number; name: string };

interface EditValues {
  frequencyNote?: string;
  targets: { form: string; minimum: number }[];
  entries: {
    topicId: number;
    title?: string;
    form: string;
    leadMemberId?: number | null;
    organiser: string;
    plannedMonth: number;
    unitIds?: number[];
  }[];
}

/** The choices of the editor: topics not yet in a plan of the year, the 主席/副主席, the units. */
function useChoices(p: PlanView) {
  const topics = useQuery({
    queryKey: ['/api/consultation-topics', 'available', p.year],
    queryFn: () =>
      api.get<Page<TopicItem>>(`/api/consultation-topics${toQuery({ available: p.year, pageSize: 100 })}`),
  });
  const leads = useQuery({
    queryKey: ['/api/members', 'chairs'],
    queryFn: async () => {
      const [a, b] = await Promise.all(
        ['主席', '副主席'].map((position) =>
          api.get<Page<Named>>(`/api/members${toQuery({ position, pageSize: 100 })}`),
        ),
      );
      return [...a.items, ...b.items];
    },
  });
  const units = useQuery({
    queryKey: ['/api/org/handling-units', 'all'],
    queryFn: () => api.get<Page<Named>>('/api/org/handling-units?pageSize=100'),
  });
  const topicOptions = [
    ...p.entries.map((e) => ({ value: e.topicId, label: `${e.topicTitle}（${e.sourceLabel}）` })),
    ...(topics.data?.items ?? []).map((t) => ({ value: t.id, label: `${t.title}（${t.sourceLabel}）` })),
  ];
  return {
    topics: topicOptions,
    leads: (leads.data ?? []).map((m) => ({ value: m.id, label: m.name })),
    units: (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  };
}

/** 修改计划: the entries in order, the targets and the note, saved at once (草拟中 only). */
export function PlanEditor({ p, onDone }: { p: PlanView; onDone: () => void }) {
  const [form] = Form.useForm<EditValues>();
  const choices = useChoices(p);
  const message = useMessage();
  const refresh = useConsultationRefresh();
  const [saving, setSaving] = useState(false);
  const save = async (v: EditValues) => {
    setSaving(true);
    try {
      await api.put<PlanView>(`/api/consultation-plans/${p.id}`, {
        expectedVersion: p.version,
        frequencyNote: v.frequencyNote,
        targets: v.targets ?? [],
        entries: (v.entries ?? []).map((e) => ({
          ...e,
          title: e.title || null,
          leadMemberId: e.leadMemberId ?? null,
          unitIds: e.unitIds ?? [],
        })),
      });
      await refresh();
      message.success('计划已保存');
      onDone();
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form<EditValues>
      form={form}
      name="plan-editor"
      layout="vertical"
      onFinish={save}
      initialValues={{
        frequencyNote: p.frequencyNote,
        targets: p.targets.map((t) => ({ form: t.form, minimum: t.minimum })),
        entries: p.entries.map((e) => ({
          topicId: e.topicId,
          title: e.title === e.topicTitle ? undefined : e.title,
          form: e.form,
          leadMemberId: e.leadMemberId,
          organiser: e.organiser,
          plannedMonth: e.plannedMonth,
          unitIds: e.units.map((u) => u.id),
        })),
      }}
    >
      <Form.Item name="frequencyNote" label="频次要求（如 6+X）">
        <Input maxLength={200} />
      </Form.Item>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <Form.Item label="频次目标">
            {fields.map((f) => (
              <Space key={f.key} wrap align="baseline">
                <Form.Item name={[f.name, 'form']} rules={[{ required: true, message: '请选择协商形式' }]}>
                  <Select aria-label="目标形式" options={FORM_OPTIONS} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'minimum']} rules={[{ required: true, message: '请填写次数' }]}>
                  <InputNumber
                    aria-label="最少次数"
                    min={1}
                    max={1000}
                    addonBefore="不少于"
                    addonAfter="次"
                  />
                </Form.Item>
                <MinusCircleOutlined aria-label="删除目标" onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ form: 'special', minimum: 4 })}>
              添加频次目标
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.List name="entries">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                title={`议题 ${i + 1}`}
                style={{ marginBottom: 12 }}
                extra={
                  <Button size="small" danger onClick={() => remove(f.name)}>
                    移出计划
                  </Button>
                }
              >
                <Form.Item
                  name={[f.name, 'topicId']}
                  label="议题"
                  rules={[{ required: true, message: '请选择议题' }]}
                >
                  <Select showSearch optionFilterProp="label" options={choices.topics} />
                </Form.Item>
                <Form.Item name={[f.name, 'title']} label="计划中的表述（可选）">
                  <Input maxLength={100} />
                </Form.Item>
                <Space wrap>
                  <Form.Item
                    name={[f.name, 'form']}
                    label="协商形式"
                    rules={[{ required: true, message: '请选择' }]}
                  >
                    <Select options={FORM_OPTIONS} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'plannedMonth']}
                    label="计划月份"
                    rules={[{ required: true, message: '请选择' }]}
                  >
                    <Select options={MONTHS} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'leadMemberId']} label="牵头政协领导">
                    <Select allowClear options={choices.leads} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'organiser']}
                    label="承办部门"
                    rules={[{ required: true, whitespace: true, message: '请填写承办部门' }]}
                  >
                    <Input maxLength={50} style={{ width: 180 }} />
                  </Form.Item>
                </Space>
                <Form.Item name={[f.name, 'unitIds']} label="参与单位">
                  <Select mode="multiple" optionFilterProp="label" options={choices.units} />
                </Form.Item>
              </Card>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ form: 'special', plannedMonth: 3, organiser: '', unitIds: [] })}
            >
              添加议题
            </Button>
          </>
        )}
      </Form.List>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存计划
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}
