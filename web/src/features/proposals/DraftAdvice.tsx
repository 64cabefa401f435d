import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DraftAdvice } from '../../../../domain/draft-check';
import { api } from '../../api/client';
import { SimilarList } from './SimilarPanel';
import type { SimilarItem } from './types';

/** What POST /api/proposals/draft-check and GET …/:id/draft-check answer. */
export interface DraftCheckResult {
  advice: DraftAdvice[];
  similar: SimilarItem[];
}

export interface DraftCheckInput {
  title?: string;
  situationHtml?: string;
  analysisHtml?: string;
  recommendationHtml?: string;
  excludeId?: number;
}

/** Asks the server to check the form as it stands (nothing is saved). */
export const checkDraftText = (input: DraftCheckInput) =>
  api.post<DraftCheckResult>('/api/proposals/draft-check', { ...input, title: input.title ?? '' });

/** Each piece of advice: a rejection ground or 一案多事 as 注意, the rest as 建议, with the words that set it off. */
export function AdviceList({ advice, empty }: { advice: DraftAdvice[]; empty: string }) {
  if (!advice.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <List
      size="small"
      dataSource={advice}
      data-testid="draft-advice"
      renderItem={(a) => (
        <List.Item>
          <Space orientation="vertical" size={2}>
            <Space size={4} align="start">
              <Tag color={a.level === 'warning' ? 'orange' : 'blue'}>
                {a.level === 'warning' ? '注意' : '建议'}
              </Tag>
              <Typography.Text>{a.message}</Typography.Text>
            </Space>
            {a.evidence && <Typography.Text type="secondary">相关文字：「{a.evidence}」</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}

/**
 * 质量提示 on the draft page: on demand, the member has the form checked (一事一案, the three parts,
 * concrete suggestions, the grounds for 不予立案); the same check runs again before submitting.
 */
export function DraftCheckCard({ read }: { read: () => DraftCheckInput }) {
  const [result, setResult] = useState<DraftCheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      setResult(await checkDraftText(read()));
    } catch (e) {
      setFailed((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      title="质量提示"
      size="small"
      data-testid="draft-check"
      extra={
        <Button size="small" icon={<SafetyCertificateOutlined />} loading={busy} onClick={run}>
          检查草稿
        </Button>
      }
    >
      {failed ? (
        <Typography.Text type="danger">{failed}</Typography.Text>
      ) : result ? (
        <AdviceList advice={result.advice} empty="未发现问题，可以提交" />
      ) : (
        <Typography.Text type="secondary">
          点击「检查草稿」，查看是否一事一案、情况分析建议是否完整具体、是否属于不予立案的情形。提示仅供参考，不影响提交。
        </Typography.Text>
      )}
    </Card>
  );
}

/** For the reviewer: the advice the proposer was given, as flags, and similar handled proposals. */
export function ProposalFlags({ id }: { id: number }) {
  const { data, error, isLoading } = useQuery({
    queryKey: ['draft-check', id],
    queryFn: () => api.get<DraftCheckResult>(`/api/proposals/${id}/draft-check`),
    retry: false,
  });
  return (
    <>
      <Card title="质量提示" size="small" loading={isLoading} data-testid="proposal-flags">
        {error ? (
          <Typography.Text type="secondary">{(error as Error).message}</Typography.Text>
        ) : (
          <AdviceList advice={data?.advice ?? []} empty="未发现问题" />
        )}
      </Card>
      <Card title="相似提案" size="small" loading={isLoading} data-testid="similar-panel">
        <SimilarList items={data?.similar ?? []} />
      </Card>
    </>
  );
}
