import { ArrowLeftOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { download } from '../../api/client';
import { useMe } from '../../api/session';
import { formatTime } from '../../components/format';
import { InstructionStep } from '../../features/instructions/InstructionStep';
import { InstructionsOn } from '../../features/instructions/InstructionsOn';
import { useDoc, useDocStep } from '../../features/opinions/api';
import { EventTimeline, PlainStep, PlainText, StatusTag } from '../../features/opinions/common';
import type { IssueView } from '../../features/opinions/types';
import { useMessage } from '../../feedback/message';

/** The issue's buttons: edit, 签发, 报送, 已阅, 批示 and the Word file, each by its ability. */
function IssueActions({ issue }: { issue: IssueView }) {
  const url = `/api/bulletin-issues/${issue.id}`;
  const step = useDocStep(url, issue);
  const navigate = useNavigate();
  const message = useMessage();
  const plain = (path: string, done: string) => () =>
    step(path, {}, done).catch((e) => {
      message.error((e as Error).message);
      throw e;
    });
  const a = issue.abilities;
  return (
    <Space wrap>
      {a.edit && <Button onClick={() => navigate(`/opinions/issues/${issue.id}/edit`)}>修改</Button>}
      {a.sign && (
        <PlainStep
          button="签发"
          confirm="签发后编定期号，各条信息不能再修改。确定签发？"
          buttonProps={{ type: 'primary' }}
          run={plain('sign', '已签发')}
        />
      )}
      {a.send && (
        <PlainStep
          button="报送"
          confirm="报送给所选领导？"
          buttonProps={{ type: 'primary' }}
          run={plain('send', '已报送，领导和反映人已收到通知')}
        />
      )}
      {a.read && <PlainStep button="已阅" buttonProps={{ type: 'primary' }} run={plain('read', '已阅')} />}
      {a.instruct && <InstructionStep subjectType="bulletinIssue" subjectId={issue.id} />}
      <Button
        icon={<FileWordOutlined />}
        onClick={() => download(`${url}/issue.docx`).catch((e) => message.error((e as Error).message))}
      >
        下载 Word
      </Button>
    </Space>
  );
}

/** An issue (期) as the editors, the office and the leaders it went to read it. */
export function IssueDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { data: issue, error, isLoading } = useDoc<IssueView>(`/api/bulletin-issues/${id}`);
  if (isLoading) return <Skeleton active />;
  if (!issue) return <Result status="404" title={(error as Error | null)?.message ?? '期刊不存在'} />;
  const staff = me?.role === 'staff';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <StatusTag status={issue.status} label={issue.statusLabel} />
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }} data-testid="issue-title">
            {issue.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'by', label: '编印', children: issue.committeeName },
              {
                key: 'signer',
                label: '签发',
                children: issue.signerName
                  ? `${issue.signerName} ${formatTime(issue.signedAt).slice(0, 16)}`
                  : '未签发',
              },
              { key: 'sent', label: '报送时间', children: formatTime(issue.sentAt).slice(0, 16) || '未报送' },
              { key: 'copy', label: '抄送', children: issue.copyTo || '—' },
            ]}
          />
          <IssueActions issue={issue} />
        </Space>
      </Card>
      {issue.items.map((item, n) => (
        <Card
          size="small"
          key={item.id}
          title={`${n + 1}. ${item.title}`}
          extra={staff && <Link to={`/opinions/items/${item.id}`}>编辑稿</Link>}
        >
          <PlainText text={item.body} />
          <Typography.Text type="secondary">
            反映人：
            {item.reporters.map((r) => `${r.name}${r.sectorName ? `（${r.sectorName}）` : ''}`).join('、')}
          </Typography.Text>
          {item.adoptions.length > 0 && (
            <div>
              {item.adoptions.map((a) => (
                <Tag color="green" key={a.level}>
                  {a.levelLabel}采用
                </Tag>
              ))}
            </div>
          )}
        </Card>
      ))}
      <Card size="small" title="报送领导">
        <List
          size="small"
          dataSource={issue.recipients}
          rowKey="leaderId"
          locale={{ emptyText: '尚未选择' }}
          renderItem={(r) => (
            <List.Item>
              {r.name}（{r.title}）
              {issue.status === 'sent' &&
                (r.readAt ? (
                  <Tag color="green">已阅 {formatTime(r.readAt).slice(5, 16)}</Tag>
                ) : (
                  <Tag>未阅</Tag>
                ))}
            </List.Item>
          )}
        />
      </Card>
      {issue.status === 'sent' && <InstructionsOn subjectType="bulletinIssue" subjectId={issue.id} />}
      {staff && (
        <Card size="small" title="记录">
          <EventTimeline events={issue.timeline} />
        </Card>
      )}
    </Space>
  );
}
