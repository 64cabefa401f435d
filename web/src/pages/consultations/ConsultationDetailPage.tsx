import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { formatTime } from '../../components/format';
import { JointParts, PartTag, partNames } from '../../features/consultations/JointParts';
import type { ConsultationView } from '../../features/consultations/types';
import { useDoc, useDocStep, useOpinionRefresh } from '../../features/opinions/api';
import { EventTimeline, PlainStep, PlainText, StatusTag } from '../../features/opinions/common';
import { useMessage } from '../../feedback/message';
import { ConsultationOutputs } from './ConsultationOutputs';
import { ProblemStep, SolveStep, SpeechStep, SuggestionStep } from './ConsultationRecords';
import { SuggestionList } from './SuggestionList';

/** The activity's steps: 确认召开, 取消, 公开成果. */
function Steps({ c }: { c: ConsultationView }) {
  const step = useDocStep(`/api/consultations/${c.id}`, c);
  const message = useMessage();
  const run = (name: string, done: string) => () =>
    step(name, {}, done).catch((e) => {
      message.error((e as Error).message);
      throw e;
    });
  return (
    <Space wrap>
      {c.abilities.hold && (
        <PlainStep button="确认召开" buttonProps={{ type: 'primary' }} run={run('hold', '已确认召开')} />
      )}
      {c.abilities.cancel && (
        <PlainStep
          button="取消活动"
          confirm="取消这次协商活动？"
          buttonProps={{ danger: true }}
          run={run('cancel', '已取消')}
        />
      )}
      {c.abilities.publish && (
        <PlainStep
          button="公开成果"
          confirm="在公开页面公布意见建议和部门落实情况？"
          run={run('publish', '成果已公开')}
        />
      )}
    </Space>
  );
}

/** 协商活动: the activity, attendance through its meeting, speeches, suggestions, problems and outputs. */
export function ConsultationDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const url = `/api/consultations/${id}`;
  const { data: c, error, isLoading } = useDoc<ConsultationView>(url);
  const step = useDocStep(url, c);
  const refresh = useOpinionRefresh();
  if (isLoading) return <Skeleton active />;
  if (!c) return <Result status="404" title={(error as Error | null)?.message ?? '协商活动不存在'} />;
  const a = c.abilities;
  const names = partNames(c.parts);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <Tag color="red">{c.formLabel}</Tag>
            <StatusTag status={c.status} label={c.statusLabel} />
            {c.outputsOverdue && <Tag color="red">成果报送逾期</Tag>}
            {c.published && <Tag color="green">成果已公开</Tag>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
            {c.topic}
          </Typography.Title>
          {c.summary && <PlainText text={c.summary} />}
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'time',
                label: '时间',
                children: `${formatTime(c.startsAt).slice(0, 16)} 至 ${formatTime(c.endsAt).slice(11, 16)}`,
              },
              { key: 'place', label: '地点', children: c.place },
              {
                key: 'plan',
                label: '年度计划议题',
                children: c.planTopic ? (
                  <Link to={`/consultation/topics/${c.planTopic.id}`}>{c.planTopic.title}</Link>
                ) : (
                  '计划外'
                ),
              },
              {
                key: 'organiser',
                label: '组织方',
                children: `${c.organiserName}（${c.organiserKindLabel}）`,
              },
              { key: 'leaders', label: '邀请领导', children: c.leaders.map((l) => l.name).join('、') || '—' },
              { key: 'units', label: '邀请部门', children: c.units.map((u) => u.name).join('、') || '—' },
              { key: 'due', label: '成果报送期限', children: c.outputsDueOn ?? '召开后确定' },
            ]}
          />
          <Steps c={c} />
        </Space>
      </Card>
      <JointParts<ConsultationView>
        url={url}
        version={c.version}
        parts={c.parts}
        canInvite={a.invite}
        canSetMembers={a.setMembers}
        onSaved={(next) => refresh(url, next)}
      />
      {c.preparations.length > 0 && (
        <Card size="small" title={`会前视察调研（${c.preparations.length}）`}>
          <List
            dataSource={c.preparations}
            rowKey="id"
            renderItem={(p) => (
              <List.Item>
                <Space orientation="vertical" size={2}>
                  <Space wrap size={4}>
                    <Tag>{p.kindLabel}</Tag>
                    <Link to={`/inspections/${p.id}`}>{p.topic}</Link>
                    <Typography.Text type="secondary">{p.startsOn} 开始</Typography.Text>
                  </Space>
                  <Typography.Text type={p.reportTitle ? undefined : 'secondary'}>
                    {p.reportTitle
                      ? `《${p.reportTitle}》${p.reportSentOn ? `，${p.reportSentOn} 报送${p.reportSentTo}` : '（未报送）'}`
                      : '报告尚未撰写'}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card size="small" title="参加委员与出席">
        {c.meeting ? (
          <Space wrap>
            <span>
              应到 {c.meeting.figures.expected} 人，实到 {c.meeting.figures.attended} 人（迟到{' '}
              {c.meeting.figures.late}），请假 {c.meeting.figures.leave} 人，缺席 {c.meeting.figures.absent}{' '}
              人
            </span>
            <Link to={`/meetings/${c.meeting.id}`}>会议通知、请假与签到</Link>
          </Space>
        ) : (
          <Typography.Text type="secondary">未通过会议邀请委员</Typography.Text>
        )}
      </Card>
      <Card size="small" title={`发言（${c.speeches.length}）`} extra={a.addSpeech && <SpeechStep c={c} />}>
        <List
          dataSource={c.speeches}
          rowKey="id"
          locale={{ emptyText: '暂无发言' }}
          renderItem={(s) => (
            <List.Item>
              <Space orientation="vertical" size={2}>
                <Space wrap size={4}>
                  <PartTag names={names} committeeId={s.committeeId} />
                  <Typography.Text strong>
                    {s.speakerName}：{s.title}
                  </Typography.Text>
                </Space>
                <PlainText text={s.text} />
                {s.files.map((f) => (
                  <a key={f.id} href={`/api/consultations/${c.id}/files/${f.id}`}>
                    {f.fileName}
                  </a>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card
        size="small"
        title={`意见建议（${c.suggestionList.length}）`}
        extra={a.addSuggestion && <SuggestionStep step={step} />}
      >
        <SuggestionList items={c.suggestionList} names={names} />
      </Card>
      {c.form === 'grassroots' && (
        <Card size="small" title="群众反映的问题" extra={a.addProblem && <ProblemStep step={step} />}>
          <List
            dataSource={c.problems}
            rowKey="id"
            locale={{ emptyText: '暂无问题' }}
            renderItem={(p) => (
              <List.Item extra={!p.solved && a.solveProblem && <SolveStep step={step} problemId={p.id} />}>
                <Space orientation="vertical" size={2}>
                  <Space>
                    <Tag color={p.solved ? 'green' : 'orange'}>{p.solved ? '已解决' : '未解决'}</Tag>
                    {p.text}
                  </Space>
                  {p.solution && (
                    <Typography.Text type="secondary">
                      {p.solution}（{p.solvedOn}）
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <ConsultationOutputs c={c} step={step} />
      <Card size="small" title="活动过程">
        <EventTimeline events={c.timeline as never} />
      </Card>
    </Space>
  );
}
