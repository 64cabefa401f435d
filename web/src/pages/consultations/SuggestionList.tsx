import { List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { SuggestionItem } from '../../features/consultations/types';
import { StatusTag } from '../../features/opinions/common';
import { FeedbackDue } from './SuggestionsPage';

/**
 * The suggestions of one activity, supervision group or inspection: who made each, its department,
 * where it stands in the loop and, while open, the feedback due date.
 */
export function SuggestionList({ items }: { items: SuggestionItem[] }) {
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
