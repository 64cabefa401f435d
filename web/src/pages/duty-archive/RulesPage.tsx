import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Form,
  Input,
  InputNumber,
  List,
  Row,
  Skeleton,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { DUTY_CATEGORIES, type DutyCategory } from '../../../../domain/duty-kinds';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
import { showApiError } from '../../components/formErrors';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { signed, useDutyRefresh } from '../../features/duty-archive/api';

import type { DutyRules, RulesView } from '../../features/duty-archive/types';
import { useMessage } from '../../feedback/message';

type Values = Omit<DutyRules, 'minimums'> & { minimums: Record<DutyCategory, number | null>; note?: string };

const toValues = (r: DutyRules): Values => ({
  ...r,
  minimums: Object.fromEntries(
    DUTY_CATEGORIES.map((c) => [c, r.minimums.find((m) => m.category === c)?.count ?? null]),
  ) as Values['minimums'],
});

const toRules = ({ note: _, ...v }: Values): DutyRules => ({
  ...v,
  bonusCap: v.bonusCap ?? null,
  grades: { ...v.grades, basic: v.grades.basic ?? null },
  minimums: DUTY_CATEGORIES.flatMap((c) => (v.minimums[c] ? [{ category: c, count: v.minimums[c] }] : [])),
});

const num = (name: (string | number)[], label: string, extra?: { min?: number; optional?: string }) => (
  <Form.Item
    name={name}
    label={label}
    extra={extra?.optional}
    rules={extra?.optional ? [] : [{ required: true, message: `请填写${label}` }]}
  >
    <InputNumber min={extra?.min ?? 0} max={1000} style={{ width: '100%' }} />
  </Form.Item>
);

/** Points and yearly cap of every kind, grouped as the archive groups them. */
function KindTable({ view }: { view: RulesView }) {
  const groups = [...new Set(view.kinds.map((k) => k.group))];
  return (
    <Collapse
      items={groups.map((g) => ({
        key: g,
        label: g,
        forceRender: true,
        children: (
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={view.kinds.filter((k) => k.group === g)}
            columns={[
              { key: 'label', title: '履职项', dataIndex: 'label' },
              {
                key: 'points',
                title: '分值',
                render: (_, k) => (
                  <Form.Item name={['kinds', k.key, 'points']} noStyle>
                    <InputNumber min={-100} max={100} aria-label={`${k.label}分值`} />
                  </Form.Item>
                ),
              },
              {
                key: 'cap',
                title: '年度上限（空为不限）',
                render: (_, k) => (
                  <Form.Item name={['kinds', k.key, 'cap']} noStyle>
                    <InputNumber min={1} max={1000} aria-label={`${k.label}年度上限`} />
                  </Form.Item>
                ),
              },
              {
                key: 'default',
                title: '默认',
                render: (_, k) => `${signed(k.points)}${k.cap ? ` / ${k.cap}` : ''}`,
              },
            ]}
          />
        ),
      }))}
    />
  );
}

/**
 * 考评规则: points, caps, deductions, grade thresholds, minimum duties and consequences of a year;
 * each save is a new version (listed) and recomputes the year at once. A closed year only reads.
 */
export function RulesPage() {
  const [year, setYear] = useYearParam();
  const message = useMessage();
  const refresh = useDutyRefresh();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const url = `/api/duty-archive/rules?year=${year}`;
  const { data: view } = useQuery({ queryKey: [url], queryFn: () => api.get<RulesView>(url) });
  useEffect(() => {
    if (!view) return;
    // Kinds the saved set leaves out score with their defaults: the form shows those.
    const rules = { ...view.rules, kinds: { ...view.defaults.kinds, ...view.rules.kinds } };
    form.resetFields();
    form.setFieldsValue(toValues(rules));
  }, [view, form]);
  const save = async (v: Values) => {
    setSaving(true);
    try {
      const r = await api.put<{ version: number; members: number }>('/api/duty-archive/rules', {
        year,
        rules: toRules(v),
        note: v.note || null,
      });
      message.success(`已保存为第 ${r.version} 版，已重新计算 ${r.members} 人`);
      await qc.invalidateQueries({ queryKey: [url] });
      void refresh();
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    } finally {
      setSaving(false);
    }
  };
  if (!view) return <Skeleton active />;
  const off = '留空为不启用';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <YearSelect year={year} onChange={setYear} />
        <Typography.Text>
          当前：{view.version ? `第 ${view.version} 版` : '默认规则（尚未保存）'}
        </Typography.Text>
      </Space>
      {view.closed && <Alert type="info" showIcon title={`${year} 年度已关闭，规则不能再修改`} />}
      <Form form={form} layout="vertical" name="duty-rules" onFinish={save} disabled={!view.editable}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card size="small" title="得分与等次">
              {num(['baseScore'], '基础分')}
              {num(['bonusCap'], '年度加分上限', { optional: '留空为不设上限' })}
              {num(['grades', 'excellent'], '优秀分数线（不低于）')}
              {num(['grades', 'competent'], '称职分数线（不低于）')}
              {num(['grades', 'basic'], '基本称职分数线', { optional: '留空为不设基本称职' })}
              <Form.Item name="showRank" label="委员可以看到本人排名" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title="年度最低履职要求">
              {DUTY_CATEGORIES.map((c) => (
                <Form.Item
                  key={c}
                  name={['minimums', c]}
                  label={`${view.categories[c].noun}（${view.categories[c].unit}）`}
                  extra={off}
                >
                  <InputNumber min={1} max={50} style={{ width: '100%' }} />
                </Form.Item>
              ))}
            </Card>
            <Card size="small" title="处理条件" style={{ marginTop: 16 }}>
              {num(
                ['consequences', 'talk', 'plenaryAbsencesInYear'],
                '提醒谈话：本年度无故缺席全体会议（次）',
                { min: 1, optional: off },
              )}
              <Form.Item
                name={['consequences', 'talk', 'minimumsUnmet']}
                label="提醒谈话：年末未完成最低履职要求"
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
              {num(['consequences', 'warning', 'plenaryAbsencesInTerm'], '警告：本届无故缺席全体会议（次）', {
                min: 1,
                optional: off,
              })}
              <Form.Item
                name={['consequences', 'warning', 'incompetent']}
                label="警告：年度考评不称职"
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
              {num(['consequences', 'resign', 'plenaryAbsencesInTerm'], '劝辞：本届无故缺席全体会议（次）', {
                min: 1,
                optional: off,
              })}
              {num(['consequences', 'resign', 'incompetentYearsRunning'], '劝辞：连续不称职（年）', {
                min: 1,
                optional: off,
              })}
            </Card>
          </Col>
        </Row>
        <Card size="small" title="各履职项分值与年度上限（负数为扣分）" style={{ marginTop: 16 }}>
          <KindTable view={view} />
        </Card>
        {view.editable && (
          <Card size="small" style={{ marginTop: 16 }}>
            <Form.Item name="note" label="修改说明">
              <Input maxLength={200} placeholder="如：按常委会审议通过的实施细则修订" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存为新版本并重新计算
            </Button>
          </Card>
        )}
      </Form>
      <Card size="small" title="历次修改">
        <List
          size="small"
          dataSource={view.history}
          rowKey="version"
          locale={{ emptyText: '尚未修改，使用默认规则' }}
          renderItem={(h) => (
            <List.Item>
              第 {h.version} 版 · {formatTime(h.savedAt).slice(0, 16)} · {h.savedBy}
              {h.note ? ` · ${h.note}` : ''}
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
