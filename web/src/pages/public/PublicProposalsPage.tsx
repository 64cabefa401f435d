import { Alert, Card, Empty, Flex, Input, Pagination, Select, Spin, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { type PublicProposal, usePublicCommittees, usePublicProposals } from './api';
import { PublicShell } from './PublicShell';

const PAGE_SIZE = 10;
const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * One published proposal in the list: number, title, proposers, units and the reply category. The
 * whole card is the link, so its accessible name is everything it shows, the title a heading.
 */
function ProposalCard({ p, search }: { p: PublicProposal; search: string }) {
  return (
    <Link to={`/public/proposals/${p.id}${search}`} data-testid="public-proposal">
      <Card size="small" hoverable>
        {p.numberLabel && <Tag color="red">{p.numberLabel}</Tag>}
        <Typography.Title level={2} style={{ fontSize: '1rem', display: 'inline', margin: 0 }}>
          {p.title}
        </Typography.Title>
        <Flex vertical gap={2} style={{ marginTop: 8, fontSize: '0.8125rem' }}>
          <Typography.Text type="secondary">
            {p.sessionName}
            {p.categoryName ? ` · ${p.categoryName}` : ''}
          </Typography.Text>
          <span>提案人：{p.proposerNames.join('、') || '—'}</span>
          <span>承办单位：{p.units.map((u) => `${u.name}（${u.modeLabel}）`).join('、') || '—'}</span>
          <span>
            答复类别：
            {p.replyCategories.map((c) => (
              <Tag key={c.code}>
                {c.code}类 {c.label}
              </Tag>
            ))}
          </span>
        </Flex>
      </Card>
    </Link>
  );
}

/**
 * 提案答复公开查询 (no login): a committee's proposals whose replies were published, searchable
 * in full text and by session. Filters live in the address, so a search can be shared and the
 * back button returns to it from a proposal.
 */
export function PublicProposalsPage() {
  const [params, setParams] = useSearchParams();
  const committees = usePublicCommittees();
  const filter = {
    committeeId: num(params.get('committeeId')),
    sessionId: num(params.get('sessionId')),
    q: params.get('q') || undefined,
    page: num(params.get('page')) ?? 1,
    pageSize: PAGE_SIZE,
  };
  const list = usePublicProposals(filter);
  const change = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...patch })) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };
  const data = list.data;
  const search = params.toString() ? `?${params.toString()}` : '';
  return (
    <PublicShell>
      <Flex vertical gap={12}>
        <Flex wrap gap={8}>
          <Select
            aria-label="委员会"
            style={{ minWidth: 160, flex: '1 1 160px' }}
            loading={committees.isLoading}
            value={data?.committee.id ?? filter.committeeId}
            options={committees.data?.items.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(v) => change({ committeeId: v, sessionId: undefined })}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Select
            aria-label="届次会议"
            allowClear
            placeholder="全部届次会议"
            style={{ minWidth: 140, flex: '1 1 140px' }}
            value={filter.sessionId}
            options={data?.sessions.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(v) => change({ sessionId: v })}
          />
        </Flex>
        <Input.Search
          aria-label="关键词"
          placeholder="输入关键词，如：养老服务"
          enterButton="查询"
          allowClear
          defaultValue={filter.q}
          key={filter.q ?? ''}
          maxLength={100}
          onSearch={(q) => change({ q: q.trim() || undefined })}
        />
        {list.error && <Alert type="error" showIcon title={(list.error as Error).message} />}
        {data && (
          <Typography.Text type="secondary">
            {data.committee.name} · 共 {data.total} 件已公开答复的提案
          </Typography.Text>
        )}
        <Spin spinning={list.isFetching}>
          <Flex vertical gap={8}>
            {data?.items.map((p) => (
              <ProposalCard key={p.id} p={p} search={search} />
            ))}
            {data && data.items.length === 0 && <Empty description="没有找到已公开答复的提案" />}
          </Flex>
        </Spin>
        {data && data.total > PAGE_SIZE && (
          <Pagination
            align="center"
            simple
            current={filter.page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onChange={(page) => change({ page })}
          />
        )}
      </Flex>
    </PublicShell>
  );
}
