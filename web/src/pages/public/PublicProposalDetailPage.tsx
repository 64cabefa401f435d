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
      <PublicHtml html={r.bodyHtml} />
    </Card>
  );
}

/** Server HTML: the server whitelists tags without attributes on output and strips contact data. */
function PublicHtml({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (see above)
  return <div style={{ overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A published proposal with its text and its public replies (no login). */
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
            <Card size="small" title="提案内容">
              {(
                [
                  ['情况', p.situationHtml],
                  ['分析', p.analysisHtml],
                  ['建议', p.recommendationHtml],
                ] as const
              )
                .filter(([, html]) => html)
                .map(([label, html]) => (
                  <section key={label}>
                    <Typography.Title level={3} style={{ fontSize: '1rem' }}>
                      {label}
                    </Typography.Title>
                    <PublicHtml html={html} />
                  </section>
                ))}
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
