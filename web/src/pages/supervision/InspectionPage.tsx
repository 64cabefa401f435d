import { ArrowLeftOutlined, FileWordOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { download } from '../../api/client';
import { useMe } from '../../api/session';
import { JointParts, partNames } from '../../features/consultations/JointParts';
import { InstructionStep } from '../../features/instructions/InstructionStep';
import { InstructionsOn } from '../../features/instructions/InstructionsOn';
import { useDoc, useOpinionRefresh } from '../../features/opinions/api';
import { EventTimeline, ModalStep, PlainText } from '../../features/opinions/common';
import { useRecordStep } from '../../features/supervision/api';
import type { InspectionView } from '../../features/supervision/types';
import { useMessage } from '../../feedback/message';
import { SuggestionStep } from '../consultations/ConsultationRecords';
import { SuggestionList } from '../consultations/SuggestionList';
import { PreparedActivitySelect } from './PreparedActivity';
import { VisitList, visitWriter } from './VisitList';

type Step = ReturnType<typeof useRecordStep<InspectionView>>;

/** 撰写报告 and 报送: the report's text; naming the leaders and the date sends it (then 批示 can follow). */
function ReportStep({ i, step }: { i: InspectionView; step: Step }) {
  return (
    <ModalStep<{ title: string; body: string; sentTo?: string; sentOn?: Dayjs }>
      button={i.reportTitle ? '修改报告' : '撰写报告'}
      title={`${i.kindLabel}报告`}
      name="inspection-report"
      okText="保存"
      buttonProps={{ type: i.reportTitle ? 'default' : 'primary' }}
      initialValues={{
        title: i.reportTitle ?? `关于${i.topic}的${i.kindLabel}报告`,
        body: i.reportBody ?? '',
        sentTo: i.reportSentTo ?? undefined,
        sentOn: i.reportSentOn ? dayjs(i.reportSentOn) : undefined,
      }}
      onSubmit={({ sentOn, sentTo, ...v }) =>
        step(
          'report',
          { ...v, sentTo: sentTo?.trim() || null, sentOn: sentOn ? sentOn.format('YYYY-MM-DD') : null },
          sentOn ? '报告已报送' : '报告已保存',
          'put',
        )
      }
    >
      <Form.Item name="title" label="报告标题" rules={[{ required: true, message: '请填写报告标题' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="body" label="报告正文" rules={[{ required: true, message: '请填写报告正文' }]}>
        <Input.TextArea rows={10} maxLength={50000} />
      </Form.Item>
      <Form.Item name="sentTo" label="报送领导（报送时填写）">
        <Input maxLength={200} placeholder="如：区委书记、区长" />
      </Form.Item>
      <Form.Item name="sentOn" label="报送日期">
        <DatePicker />
      </Form.Item>
    </ModalStep>
  );
}

/** 关联协商活动: the activity of the committee this inspection prepares, changed or removed. */
function PreparesStep({ i, step }: { i: InspectionView; step: Step }) {
  return (
    <ModalStep<{ consultationId?: number | null }>
      button={i.consultation ? '更改' : '关联协商活动'}
      title="所准备的协商活动"
      name="inspection-prepares"
      okText="保存"
      buttonProps={{ size: 'small', type: 'link' }}
      initialValues={{ consultationId: i.consultationId }}
      onSubmit={({ consultationId }) =>
        step(
          'consultation',
          { consultationId: consultationId ?? null },
          consultationId ? '已关联协商活动' : '已取消关联',
          'put',
        )
      }
    >
      <Form.Item name="consultationId" label="协商活动" extra="清空即取消关联">
        <PreparedActivitySelect
          selectedLabel={
            i.consultation
              ? `${i.consultation.day} ${i.consultation.formLabel}：${i.consultation.topic}`
              : null
          }
        />
      </Form.Item>
    </ModalStep>
  );
}

/** 视察 / 调研: plan, members, visits, the report (Word, 批示), suggestions with feedback. */
export function InspectionPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const message = useMessage();
  const { data: me } = useMe();
  const url = `/api/inspections/${id}`;
  const { data: i, error, isLoading } = useDoc<InspectionView>(url);
  const step = useRecordStep<InspectionView>(url);
  const refresh = useOpinionRefresh();
  if (isLoading) return <Skeleton active />;
  if (!i) return <Result status="404" title={(error as Error | null)?.message ?? '视察调研不存在'} />;
  const mayInstruct = !!i.reportSentOn && (me?.role === 'leader' || i.canOrganise);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <Tag color="red">{i.kindLabel}</Tag>
            {i.reportSentOn && <Tag color="green">报告已报送</Tag>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
            {i.topic}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'starts', label: '开始日期', children: i.startsOn },
              {
                key: 'plan-topic',
                label: '年度计划议题',
                children: i.planTopic ? (
                  <Link to={`/consultation/topics/${i.planTopic.id}`}>{i.planTopic.title}</Link>
                ) : (
                  '计划外'
                ),
              },
              {
                key: 'consultation',
                label: '所准备的协商活动',
                children: (
                  <Space wrap size={4}>
                    {i.consultation ? (
                      <Link to={`/consultations/${i.consultation.id}`}>
                        {i.consultation.day} {i.consultation.formLabel}：{i.consultation.topic}
                      </Link>
                    ) : (
                      '—'
                    )}
                    {i.canOrganise && <PreparesStep i={i} step={step} />}
                  </Space>
                ),
              },
              {
                key: 'members',
                label: `参加委员（${i.memberCount}）`,
                children: i.members.map((m) => m.name).join('、'),
              },
            ]}
          />
          {i.plan && (
            <div>
              <Typography.Text type="secondary">工作方案</Typography.Text>
              <PlainText text={i.plan} />
            </div>
          )}
        </Space>
      </Card>
      <JointParts<InspectionView>
        url={url}
        parts={i.parts}
        canInvite={i.canInvite}
        canSetMembers={i.canWritePart}
        onSaved={(next) => refresh(url, next)}
      />
      <VisitList<InspectionView>
        url={url}
        visits={i.visitList}
        parts={i.parts}
        writer={visitWriter(i)}
        step={step}
        notesField="notes"
        title="行程"
      />
      <Card
        size="small"
        title={`${i.kindLabel}报告`}
        extra={
          <Space wrap>
            {i.canOrganise && <ReportStep i={i} step={step} />}
            {i.reportTitle && (
              <Button
                icon={<FileWordOutlined />}
                onClick={() =>
                  download(`${url}/report.docx`).catch((e) => message.error((e as Error).message))
                }
              >
                下载 Word
              </Button>
            )}
            {mayInstruct && <InstructionStep subjectType="inspectionReport" subjectId={i.id} />}
          </Space>
        }
      >
        {i.reportTitle ? (
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text strong>《{i.reportTitle}》</Typography.Text>
            <Typography.Text type="secondary">
              {i.reportSentOn ? `${i.reportSentOn} 报送${i.reportSentTo}` : '未报送'}
            </Typography.Text>
            <PlainText text={i.reportBody ?? ''} />
          </Space>
        ) : (
          <Typography.Text type="secondary">尚未撰写</Typography.Text>
        )}
      </Card>
      {i.reportSentOn && <InstructionsOn subjectType="inspectionReport" subjectId={i.id} />}
      <Card
        size="small"
        title={`意见建议（${i.suggestionList.length}）`}
        extra={(i.canOrganise || i.canWritePart) && <SuggestionStep step={step} />}
      >
        <SuggestionList items={i.suggestionList} names={partNames(i.parts)} />
      </Card>
      <Card size="small" title="过程">
        <EventTimeline events={i.timeline as never} />
      </Card>
    </Space>
  );
}
