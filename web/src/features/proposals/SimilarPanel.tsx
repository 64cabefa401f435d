import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, toQuery } from '../../api/client';
import type { SimilarItem } from './types';

/** Enough text to say what the proposal is about; fewer characters match almost anything. */
const MIN_CHARS = 4;
const DEBOUNCE_MS = 600;
/** The API reads at most this much text. */
const MAX_CHARS = 4000;

/** The words of rich text, for the similarity lookup. */
export const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function SimilarRow({ s }: { s: SimilarItem }) {
  return (
    <List.Item>
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Typography.Text strong>
          {s.numberLabel && `${s.numberLabel} `}
          {s.title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>
          {s.sessionName} · {s.statusLabel}
        </Typography.Text>
        <Space size={4} wrap>
          {s.unitNames.length > 0 && <Tag>承办：{s.unitNames.join('、')}</Tag>}
          {s.replyCategory && (
            <Tag color="green" title={s.replyCategoryLabel ?? undefined}>
              答复{s.replyCategory}类{s.replyCategoryLabel ? `：${s.replyCategoryLabel}` : ''}
            </Tag>
          )}
        </Space>
      </Space>
    </List.Item>
  );
}

/** Similar proposals with how each was handled. */
export function SimilarList({ items }: { items: SimilarItem[] }) {
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无相似提案" />;
  return <List size="small" dataSource={items} renderItem={(s) => <SimilarRow s={s} />} rowKey="id" />;
}

/**
 * 相似提案 while a member types: handled proposals of this year and earlier sharing the text's key
 * words, with how each was handled, so the member can sharpen or drop a duplicate. Looked up a
 * moment after typing stops.
 */
export function SimilarPanel({ text, excludeId }: { text: string; excludeId?: number }) {
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setSettled(text.trim().slice(0, MAX_CHARS)), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text]);
  const enabled = settled.length >= MIN_CHARS;
  const { data, isFetching, error } = useQuery({
    queryKey: ['similar-proposals', settled, excludeId],
    queryFn: () =>
      api.get<{ items: SimilarItem[] }>(`/api/proposals/similar${toQuery({ text: settled, excludeId })}`),
    enabled,
    staleTime: 60_000,
  });
  return (
    <Card title="相似提案" size="small" data-testid="similar-panel" loading={isFetching && !data}>
      {!enabled ? (
        <Typography.Text type="secondary">
          填写案由和内容后，这里会列出往年及本年已立案的相似提案及办理情况。
        </Typography.Text>
      ) : error ? (
        <Typography.Text type="secondary">{(error as Error).message}</Typography.Text>
      ) : (
        <SimilarList items={data?.items ?? []} />
      )}
    </Card>
  );
}
