import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { JointParts, partNames } from '../../features/consultations/JointParts';
import { useDoc, useOpinionRefresh } from '../../features/opinions/api';
import { EventTimeline } from '../../features/opinions/common';
import { useRecordStep } from '../../features/supervision/api';
import type { GroupView } from '../../features/supervision/types';
import { SuggestionStep } from '../consultations/ConsultationRecords';
import { SuggestionList } from '../consultations/SuggestionList';
import { VisitList, visitWriter } from './VisitList';

/**
 * 民主监督小组: its department and term, its members, each visit with who was there and what was
 * found, its suggestions with the department's rectification feedback (the consultation loop).
 */
export function SupervisionGroupPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const url = `/api/supervision-groups/${id}`;
  const { data: g, error, isLoading } = useDoc<GroupView>(url);
  const step = useRecordStep<GroupView>(url);
  const refresh = useOpinionRefresh();
  if (isLoading) return <Skeleton active />;
  if (!g) return <Result status="404" title={(error as Error | null)?.message ?? '民主监督不存在'} />;
  const leader = g.members.find((m) => m.id === g.leaderMemberId);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <Tag color="red">{g.kindLabel}</Tag>
            {g.openSuggestions > 0 && <Tag color="orange">待反馈 {g.openSuggestions}</Tag>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
            {g.name}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'topic', label: '监督主题', children: g.topic },
              { key: 'unit', label: '监督部门', children: g.unitName },
              { key: 'term', label: '监督期限', children: `${g.startsOn} 至 ${g.endsOn}` },
              { key: 'leader', label: '组长', children: leader?.name ?? '—' },
              {
                key: 'members',
                label: `成员（${g.memberCount}）`,
                children: g.members.map((m) => m.name).join('、'),
              },
            ]}
          />
        </Space>
      </Card>
      <JointParts<GroupView>
        url={url}
        parts={g.parts}
        canInvite={g.canInvite}
        canSetMembers={g.canWritePart}
        onSaved={(next) => refresh(url, next)}
      />
      <VisitList<GroupView>
        url={url}
        visits={g.visitList}
        parts={g.parts}
        writer={visitWriter(g)}
        step={step}
        notesField="findings"
        title="监督活动"
      />
      <Card
        size="small"
        title={`意见建议与整改反馈（${g.suggestionList.length}）`}
        extra={(g.canOrganise || g.canWritePart) && <SuggestionStep step={step} />}
      >
        <SuggestionList items={g.suggestionList} names={partNames(g.parts)} />
      </Card>
      <Card size="small" title="过程">
        <EventTimeline events={g.timeline as never} />
      </Card>
    </Space>
  );
}
