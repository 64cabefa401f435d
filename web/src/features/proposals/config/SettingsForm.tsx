import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Col, Form, Input, InputNumber, Row, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { showApiError } from '../../../components/formErrors';
import { useMessage } from '../../../feedback/message';
import { useProposalConfig } from '../api';
import type { ProposalConfig } from '../types';

type Settings = ProposalConfig['settings'];

/** The settings the API accepts, with their Chinese labels and units. */
const FIELDS: {
  name: Exclude<keyof Settings, 'replyCategories'>;
  label: string;
  unit: string;
}[] = [
  { name: 'replyDueWorkingDays', label: '答复时限（交办后）', unit: '个工作日' },
  { name: 'contactDueWorkingDays', label: '首次沟通时限（交办后）', unit: '个工作日' },
  { name: 'maxExtensionWorkingDays', label: '最长可延期', unit: '个工作日' },
  { name: 'returnWindowDays', label: '承办单位可退回期限（交办后）', unit: '日' },
  { name: 'remindBeforeWorkingDays', label: '到期前提醒', unit: '个工作日' },
  { name: 'ratingWindowWorkingDays', label: '满意度测评期限（答复后）', unit: '个工作日' },
  { name: 'rehandleDueWorkingDays', label: '重新办理时限（测评不满意后）', unit: '个工作日' },
  { name: 'publishWithinWorkingDays', label: '答复公开期限', unit: '个工作日' },
];

/** The committee's deadlines and reply levels (A/B/C or its own), saved as a whole. */
export function SettingsForm() {
  const config = useProposalConfig();
  const qc = useQueryClient();
  const message = useMessage();
  const [form] = Form.useForm<Settings>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (config.data) form.setFieldsValue(config.data.settings);
  }, [config.data, form]);
  const save = async (v: Settings) => {
    setSaving(true);
    try {
      await api.put('/api/proposals/config/settings', v);
      message.success('办理时限已保存');
      await qc.invalidateQueries({ queryKey: ['proposal-config'] });
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form<Settings>
      form={form}
      layout="vertical"
      onFinish={save}
      name="proposal-settings"
      style={{ maxWidth: 720 }}
    >
      <Row gutter={16}>
        {FIELDS.map((f) => (
          <Col xs={24} sm={12} key={f.name}>
            <Form.Item label={f.label} name={f.name} rules={[{ required: true, message: '不能为空' }]}>
              <InputNumber min={0} max={130} suffix={f.unit} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item label="答复类别" required>
        <Form.List name="replyCategories">
          {(items, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {items.map((item) => (
                <Space key={item.key} align="baseline" wrap>
                  <Form.Item name={[item.name, 'code']} rules={[{ required: true, message: '代码' }]} noStyle>
                    <Input placeholder="代码" maxLength={4} style={{ width: 70 }} aria-label="代码" />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'label']}
                    rules={[{ required: true, message: '名称' }]}
                    noStyle
                  >
                    <Input
                      placeholder="名称"
                      maxLength={60}
                      style={{ width: 360, maxWidth: '70vw' }}
                      aria-label="名称"
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(item.name)} aria-label="删除该类别" />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', label: '' })}>
                增加答复类别
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        保存
      </Button>
    </Form>
  );
}
