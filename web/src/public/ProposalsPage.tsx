import { type FormEvent, useId } from 'react';
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
    <Link
      to={`/public/proposals/${p.id}${search}`}
      className="public-card public-link-card"
      data-testid="public-proposal"
    >
      {p.numberLabel && <span className="public-tag public-tag-red">{p.numberLabel}</span>}
      <h2 className="public-card-title">{p.title}</h2>
      <span className="public-secondary">
        {p.sessionName}
        {p.categoryName ? ` · ${p.categoryName}` : ''}
      </span>
      <span>提案人：{p.proposerNames.join('、') || '—'}</span>
      <span>承办单位：{p.units.map((u) => `${u.name}（${u.modeLabel}）`).join('、') || '—'}</span>
      <span>
        答复类别：
        {p.replyCategories.map((c) => (
          <span key={c.code} className="public-tag">
            {c.code}类 {c.label}
          </span>
        ))}
      </span>
    </Link>
  );
}

/** 上一页 / 下一页 with where the reader is; the page lives in the address like the filters. */
function Pager({ page, total, go }: { page: number; total: number; go: (page: number) => void }) {
  const pages = Math.ceil(total / PAGE_SIZE);
  return (
    <nav className="public-pager" aria-label="分页">
      <button type="button" disabled={page <= 1} onClick={() => go(page - 1)}>
        上一页
      </button>
      <span aria-current="page">
        第 {page} / {pages} 页
      </span>
      <button type="button" disabled={page >= pages} onClick={() => go(page + 1)}>
        下一页
      </button>
    </nav>
  );
}

/**
 * 提案答复公开查询 (no login): a committee's proposals whose replies were published, searchable
 * in full text and by session. Filters live in the address, so a search can be shared and the
 * back button returns to it from a proposal.
 */
export function ProposalsPage() {
  const [params, setParams] = useSearchParams();
  const committees = usePublicCommittees();
  const ids = { committee: useId(), session: useId() };
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
  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = new FormData(e.currentTarget).get('q');
    change({ q: typeof q === 'string' ? q.trim() || undefined : undefined });
  };
  const data = list.data;
  const query = params.toString() ? `?${params.toString()}` : '';
  return (
    <PublicShell title="提案答复公开查询">
      <div className="public-stack">
        <p className="public-secondary">
          <Link to="/public/consultation">协商议政：年度协商计划 · 我来出题</Link>
        </p>
        <p className="public-secondary">
          <Link to="/public/deliberations">网上议政厅：围绕议题留言建言</Link>
        </p>
        <p className="public-secondary">
          <Link to="/public/consultation/outcomes">协商成果：建议了什么，部门怎么办的</Link>
        </p>
        <div className="public-filters">
          <label htmlFor={ids.committee}>委员会</label>
          <select
            id={ids.committee}
            value={data?.committee.id ?? filter.committeeId ?? ''}
            onChange={(e) => change({ committeeId: e.target.value, sessionId: undefined })}
          >
            {committees.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <label htmlFor={ids.session}>届次会议</label>
          <select
            id={ids.session}
            value={filter.sessionId ?? ''}
            onChange={(e) => change({ sessionId: e.target.value })}
          >
            <option value="">全部届次会议</option>
            {data?.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <form className="public-search" aria-label="搜索" onSubmit={search}>
          <input
            type="search"
            name="q"
            aria-label="关键词"
            placeholder="输入关键词，如：养老服务"
            defaultValue={filter.q}
            key={filter.q ?? ''}
            maxLength={100}
          />
          <button type="submit">查询</button>
        </form>
        {list.error && (
          <p role="alert" className="public-error">
            {(list.error as Error).message}
          </p>
        )}
        {data && (
          <p className="public-secondary" role="status">
            {data.committee.name} · 共 {data.total} 件已公开答复的提案
          </p>
        )}
        <div className="public-stack" aria-busy={list.isFetching}>
          {data?.items.map((p) => (
            <ProposalCard key={p.id} p={p} search={query} />
          ))}
          {data && data.items.length === 0 && <p className="public-empty">没有找到已公开答复的提案</p>}
          {!data && list.isLoading && <p className="public-secondary">加载中…</p>}
        </div>
        {data && data.total > PAGE_SIZE && (
          <Pager page={filter.page} total={data.total} go={(page) => change({ page })} />
        )}
      </div>
    </PublicShell>
  );
}
