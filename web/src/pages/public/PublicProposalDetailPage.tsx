import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useLocation, useParams } from 'react-router';
import { type PublicReply, usePublicProposal } from './api';
import { PublicShell } from './PublicShell';

const day = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : '—');

/** One published reply: the unit, its category and the public text (sanitised by the server). */
function ReplyCard({ r }: { r: PublicReply }) {
  return (
    <Card
      size="small"
      title={`${r.unitName} 答复`}
      extra={<Tag color="red">{r.category}类</Tag>}
      styles={{ body: { overflowWrap: 'anywhere' } }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: '0.8125rem' }}>
        {r.categoryLabel} · 公开于 {day(r.publishedAt)}
      </Typography.Paragraph>
      <div
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the server whitelists tags without attributes on output
        dangerouslySetInnerHTML={{ __html: r.bodyHtml }}
      />
    </Card>
  );
}

/** A published proposal with its public replies (no login). */
export function PublicProposalDetailPage() {
  const { id } = useParams();
  const { search } = useLocation();
  const { data: p, error, isLoading } = usePublicProposal(Number(id));
  return (
    <PublicShell>
      <Flex vertical gap={12}>
        <Link to={`/public/proposals${search}`}>
          <ArrowLeftOutlined /> 返回列表
        </Link>
        {isLoading && <Spin />}
        {error && <Alert type="error" showIcon title={(error as Error).message} />}
        {p && (
          <>
            <Card size="small">
              <Typography.Title level={2} style={{ marginTop: 0, fontSize: '1.25rem' }}>
                {p.title}
              </Typography.Title>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="编号">{p.numberLabel ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="委员会">{p.committeeName}</Descriptions.Item>
                <Descriptions.Item label="届次会议">{p.sessionName}</Descriptions.Item>
                <Descriptions.Item label="类别">{p.categoryName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="提案人">{p.proposerNames.join('、') || '—'}</Descriptions.Item>
                <Descriptions.Item label="承办单位">
                  {p.units.map((u) => `${u.name}（${u.modeLabel}）`).join('、') || '—'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            {p.replies.map((r) => (
              <ReplyCard key={r.id} r={r} />
            ))}
          </>
        )}
      </Flex>
    </PublicShell>
  );
}
