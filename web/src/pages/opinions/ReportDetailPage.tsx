import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { OPINION_TEXT_FIELDS, OPINION_TEXT_LABELS } from '../../../../domain/opinion-reports';
import { useMe } from '../../api/session';
import { formatTime } from '../../components/format';
import { InstructionsOn } from '../../features/instructions/InstructionsOn';
import { useDoc } from '../../features/opinions/api';
import { EventTimeline, PlainText, StatusTag } from '../../features/opinions/common';
import { ReportActions } from '../../features/opinions/ReportActions';
import { ReportFiles } from '../../features/opinions/ReportFiles';
import type { ReportView } from '../../features/opinions/types';

/**
 * The reporter's own text, part by part. A lower committee sends up its edited text (编辑稿) as
 * one piece, not split into 情况, 分析 and 建议.
 */
function OwnText({ r }: { r: ReportView }) {
  const fromBelow = r.reporterKind === 'committee';
  return (
    <Card size="small" title="报送原文">
      {fromBelow && (
        <div>
          <Typography.Text strong>正文（下级政协的信息编辑稿）</Typography.Text>
          <PlainText text={r.situation} />
        </div>
      )}
      {!fromBelow &&
        OPINION_TEXT_FIELDS.map((f) => (
          <div key={f}>
            <Typography.Text strong>{OPINION_TEXT_LABELS[f]}</Typography.Text>
            <PlainText text={r[f]} />
          </div>
        ))}
      <Typography.Text type="secondary">
        共 {r.length} 字（上限 {r.maxChars} 字）
      </Typography.Text>
    </Card>
  );
}

/**
 * A 社情民意 report for its reporter and the editors: state, the 不采用 reason, the edited text
 * beside the reporter's own, the issue that carried it, adoptions by level, files and history.
 */
export function ReportDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { data: r, error, isLoading } = useDoc<ReportView>(`/api/opinion-reports/${id}`);
  if (isLoading) return <Skeleton active />;
  if (!r) return <Result status="404" title={(error as Error | null)?.message ?? '信息不存在'} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <StatusTag status={r.status} label={r.statusLabel} />
            {r.urgency === 'urgent' && <Tag color="red">{r.urgencyLabel}</Tag>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }} data-testid="report-title">
            {r.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'reporter',
                label: '报送人',
                children: `${r.reporterName}${r.sectorName ? `（${r.sectorName}）` : ''}${
                  r.reporterKind === 'member' ? '' : ` · ${r.reporterKindLabel}`
                }`,
              },
              {
                key: 'submitted',
                label: '报送时间',
                children: formatTime(r.submittedAt).slice(0, 16) || '未报送',
              },
              ...(r.decidedAt
                ? [{ key: 'decided', label: '处理时间', children: formatTime(r.decidedAt).slice(0, 16) }]
                : []),
              ...(r.publishedIn ? [{ key: 'issue', label: '编入期刊', children: r.publishedIn }] : []),
            ]}
          />
          {r.rejectReason && r.status === 'rejected' && (
            <Alert type="warning" showIcon title="不采用理由" description={r.rejectReason} />
          )}
          {r.adoptions.length > 0 && (
            <Space wrap size={4} data-testid="report-adoptions">
              {r.adoptions.map((a) => (
                <Tag color="green" key={a.level}>
                  {a.levelLabel}采用（{a.adoptedOn}，{a.evidence}）
                </Tag>
              ))}
            </Space>
          )}
          <ReportActions r={r} />
          {me?.abilities.handleOpinions && r.itemId && (
            <Link to={`/opinions/items/${r.itemId}`}>查看编辑稿</Link>
          )}
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={r.edited ? 12 : 24}>
          <OwnText r={r} />
        </Col>
        {r.edited && (
          <Col xs={24} lg={12}>
            <Card size="small" title="编辑稿（研究室编辑后的文本）">
              <Typography.Text strong>{r.edited.title}</Typography.Text>
              <PlainText text={r.edited.body} />
            </Card>
          </Col>
        )}
      </Row>
      {/* What the report drew: 批示 on the editors' item or on the issue that carried it. */}
      {r.itemId && <InstructionsOn subjectType="opinionItem" subjectId={r.itemId} />}
      {r.publishedIssueId && <InstructionsOn subjectType="bulletinIssue" subjectId={r.publishedIssueId} />}
      {(r.files.length > 0 || r.abilities.edit) && (
        <Card size="small" title="附件">
          <ReportFiles r={r} />
        </Card>
      )}
      <Card size="small" title="处理过程">
        <EventTimeline events={r.timeline} />
      </Card>
    </Space>
  );
}
