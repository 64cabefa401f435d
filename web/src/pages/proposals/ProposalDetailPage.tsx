import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../api/session';
import { InstructionsOn } from '../../features/instructions/InstructionsOn';
import { useProposal } from '../../features/proposals/api';
import { ProposalFlags } from '../../features/proposals/DraftAdvice';
import { HandlingPanel } from '../../features/proposals/HandlingPanel';
import { ProposalActionBar } from '../../features/proposals/ProposalActionBar';
import { ProposalMarks, StatusTag } from '../../features/proposals/ProposalColumns';
import { ProposalInfo, ProposalTimeline } from '../../features/proposals/ProposalInfo';
import type { ProposalView } from '../../features/proposals/types';

/**
 * The draft check's flags and similar proposals help whoever may review, merge or assign this one
 * now (DOMAIN.md §2 steps 2–3).
 */
const decidesOnIt = (a: ProposalView['abilities']) => a.register || a.merge || a.assign || a.reassign;

/**
 * One proposal for everyone concerned: its text, people, handling, replies and timeline, with
 * the steps the caller may take now. A phone gets one column, timeline last.
 */
export function ProposalDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { data: p, error, isLoading } = useProposal(Number(id));
  if (isLoading) return <Skeleton active />;
  if (!p || !me) return <Result status="404" title={(error as Error | null)?.message ?? '提案不存在'} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <StatusTag status={p.status} label={p.statusLabel} />
            <ProposalMarks isKey={p.isKey} isExcellent={p.isExcellent} />
            {p.numberLabel && <Typography.Text strong>{p.numberLabel}</Typography.Text>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }} data-testid="proposal-title">
            {p.title || '（未填写案由）'}
          </Typography.Title>
          <ProposalActionBar p={p} />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ProposalInfo p={p} />
            <HandlingPanel p={p} />
            <InstructionsOn subjectType="proposal" subjectId={p.id} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {decidesOnIt(p.abilities) && <ProposalFlags id={p.id} />}
            <ProposalTimeline p={p} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
