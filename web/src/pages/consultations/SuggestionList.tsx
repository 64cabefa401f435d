import { List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PartTag } from '../../features/consultations/JointParts';
import type { SuggestionItem } from '../../features/consultations/types';
import { StatusTag } from '../../features/opinions/common';
import { FeedbackDue } from './SuggestionsPage';

/**
 * The suggestions of one activity, supervision group or inspection: who made each, its department,
 * where it stands in the loop and, while open, the feedback due date; on a joint activity, the
 * committee whose part it is (`names`, see partNames).
 */
export function SuggestionList({
  items,
  names = new Map(),
}: {
  items: SuggestionItem[];
  names?: Map<number, string>;
}) {
  return (
    <List
      dataSource={items}
      rowKey="id"
      locale={{ emptyText: '暂无意见建议' }}
      renderItem={(s) => (
        <List.Item>
          <Space orientation="vertical" size={2}>
            <Link to={`/consultation-suggestions/${s.id}`}>{s.text}</Link>
            <Space wrap size={4}>
              <PartTag names={names} committeeId={s.committeeId} />
              <Typography.Text type="secondary">
                {s.proposerName}（{s.sourceLabel}）→ {s.unitName}
              </Typography.Text>
              <StatusTag status={s.status} label={s.statusLabel} />
              {s.adoptionLabel && <Tag>{s.adoptionLabel}</Tag>}
              {s.status === 'sent' && (
                <span>
                  反馈期限 <FeedbackDue s={s} />
                </span>
              )}
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}
