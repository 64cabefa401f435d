import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Collapse,
  DatePicker,
  Form,
  Input,
  List,
  Result,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { ADOPTION_LEVEL_LABELS, ADOPTION_LEVELS } from '../../../../domain/bulletin-issues';
import { formatTime } from '../../components/format';
import { showApiError } from '../../components/formErrors';
import { InstructionStep } from '../../features/instructions/InstructionStep';
import { InstructionsOn } from '../../features/instructions/InstructionsOn';
import { useDoc, useDocStep } from '../../features/opinions/api';
import { EventTimeline, ModalStep, PlainStep, PlainText, StatusTag } from '../../features/opinions/common';
import type { ItemView } from '../../features/opinions/types';
import { useMessage } from '../../feedback/message';

/** The item's text, editable until its issue is signed; every saved version stays below. */
function EditForm({ item }: { item: ItemView }) {
  const [form] = Form.useForm<{ title: string; body: string }>();
  const step = useDocStep(`/api/opinion-items/${item.id}`, item);
  const message = useMessage();
  return (
    <Form
      form={form}
      name="edit-item"
      layout="vertical"
      initialValues={{ title: item.title, body: item.body }}
      onFinish={async (v) => {
        try {
          await step('edit', v, '编辑稿已保存');
        } catch (e) {
          const text = showApiError(form, e);
          if (text) message.error(text);
        }
      }}
    >
      <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="body" label="正文" rules={[{ required: true, message: '请填写正文' }]}>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 24 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        保存编辑稿
      </Button>
    </Form>
  );
}

/** 登记采用: the level, the day and the evidence (批示件, 采用通知 …). */
function AdoptionStep({ item }: { item: ItemView }) {
  const step = useDocStep(`/api/opinion-items/${item.id}`, item);
  return (
    <ModalStep<{ level: string; adoptedOn: Dayjs; evidence: string }>
      button="登记采用"
      title="登记采用"
      name="record-adoption"
      onSubmit={(v) =>
        step('adoptions', { ...v, adoptedOn: v.adoptedOn.format('YYYY-MM-DD') }, '已登记，反映人已收到通知')
      }
    >
      <Form.Item name="level" label="采用层级" rules={[{ required: true, message: '请选择层级' }]}>
        <Select options={ADOPTION_LEVELS.map((l) => ({ value: l, label: ADOPTION_LEVEL_LABELS[l] }))} />
      </Form.Item>
      <Form.Item name="adoptedOn" label="采用日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="evidence" label="采用依据" rules={[{ required: true, message: '请填写依据' }]}>
        <Input maxLength={200} placeholder="如：全国政协办公厅《采用通知》第 12 号" />
      </Form.Item>
    </ModalStep>
  );
}

/** 报送上级政协 (纵向联通): the item arrives in the parent committee's 信息接收 as this committee's report. */
function SendUpStep({ item }: { item: ItemView }) {
  const step = useDocStep(`/api/opinion-items/${item.id}`, item);
  return (
    <PlainStep
      button="报送上级政协"
      confirm="将本条编辑稿作为本会报送的信息，送入上级政协的信息接收？"
      run={() => step('send-up', {}, '已报送上级政协')}
    />
  );
}

/** An item (编辑稿): its text and versions, the reports it was made from, adoptions and 批示. */
export function ItemDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: item, error, isLoading } = useDoc<ItemView>(`/api/opinion-items/${id}`);
  if (isLoading) return <Skeleton active />;
  if (!item) return <Result status="404" title={(error as Error | null)?.message ?? '编辑稿不存在'} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <StatusTag status={item.status} label={item.statusLabel} />
            {item.issueId && <Link to={`/opinions/issues/${item.issueId}`}>所在期刊</Link>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
            {item.title}
          </Typography.Title>
          <Space wrap>
            {item.abilities.recordAdoption && <AdoptionStep item={item} />}
            {item.abilities.sendUp && <SendUpStep item={item} />}
            {item.abilities.instruct && <InstructionStep subjectType="opinionItem" subjectId={item.id} />}
          </Space>
          {item.adoptions.map((a) => (
            <Typography.Text key={a.level}>
              {a.levelLabel}采用：{a.adoptedOn}，{a.evidence}
            </Typography.Text>
          ))}
        </Space>
      </Card>
      <Card size="small" title={item.abilities.edit ? '编辑' : '正文'}>
        {item.abilities.edit ? <EditForm key={item.version} item={item} /> : <PlainText text={item.body} />}
      </Card>
      <Card size="small" title={`来源信息（${item.reports.length} 条）`}>
        <List
          size="small"
          dataSource={item.reports}
          rowKey="id"
          renderItem={(r) => (
            <List.Item>
              <Link to={`/opinions/${r.id}`}>{r.title}</Link>（{r.reporterName}
              {r.sectorName ? `，${r.sectorName}` : ''}）
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={`历次文本（${item.versions.length}）`}>
        <Collapse
          items={item.versions.map((v, i) => ({
            key: String(i),
            label: `${i === 0 ? '报送原文' : `第 ${i} 次编辑`} · ${v.editorName} · ${formatTime(v.at).slice(0, 16)}`,
            children: (
              <>
                <Typography.Text strong>{v.title}</Typography.Text>
                <PlainText text={v.body} />
              </>
            ),
          }))}
        />
      </Card>
      <InstructionsOn subjectType="opinionItem" subjectId={item.id} />
      <Card size="small" title="记录">
        <EventTimeline events={item.timeline} />
      </Card>
    </Space>
  );
}
