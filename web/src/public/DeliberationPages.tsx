import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { DELIBERATION_LIMITS } from '../../../domain/deliberations';
import { api, toQuery } from '../api/client';
import type { ApiResponse } from '../api/types';
import { formatDay } from '../components/format';
import { postPublic } from './api';
import { PublicShell } from './PublicShell';
import { PublicSubmitForm } from './PublicSubmitForm';

type HallList = ApiResponse<'/api/public/deliberations'>;
type Topic = ApiResponse<'/api/public/deliberations/{id}'>;
type Post = Topic['items'][number];

const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
const period = (t: { opensOn: string; closesOn: string }) => `${t.opensOn} 至 ${t.closesOn}`;

/** 网上议政厅 (no login): the committee's public topics with their participation. Readable at 375 px. */
export function DeliberationListPage() {
  const [params] = useSearchParams();
  const committeeId = num(params.get('committeeId'));
  const list = useQuery({
    queryKey: ['public', 'deliberations', committeeId],
    queryFn: () => api.get<HallList>(`/api/public/deliberations${toQuery({ committeeId })}`),
  });
  return (
    <PublicShell title="网上议政厅">
      <div className="public-stack">
        {list.data && (
          <p className="public-secondary">{list.data.committee.name} · 围绕议题建言献策，无需注册</p>
        )}
        {list.isLoading && <p className="public-secondary">加载中…</p>}
        {list.error && (
          <p role="alert" className="public-error">
            {list.error.message}
          </p>
        )}
        {list.data?.items.length === 0 && <p className="public-empty">暂无向社会公开的议题</p>}
        <ul className="public-stack public-list">
          {list.data?.items.map((t) => (
            <li key={t.id} className="public-card" data-testid="public-deliberation">
              <span>
                <span className={`public-tag${t.open ? ' public-tag-red' : ''}`}>
                  {t.open ? '征集中' : '已结束'}
                </span>
                <span className="public-secondary">{period(t)}</span>
              </span>
              <h2 className="public-card-title">
                <Link to={`/public/deliberations/${t.id}`}>{t.title}</Link>
              </h2>
              <span className="public-secondary">
                参与 {t.participants} 人次 · 留言 {t.posts} 条 · 访问 {t.visits} 人次
              </span>
            </li>
          ))}
        </ul>
      </div>
    </PublicShell>
  );
}

function PostCard({ p }: { p: Post }) {
  return (
    <li className="public-card" data-testid="public-post">
      <span>
        <span className="public-tag">{p.author}</span>
        <span className="public-tag">{p.kindLabel}</span>
        {p.adopted && <span className="public-tag public-tag-red">已采纳</span>}
        <span className="public-secondary">{formatDay(p.createdAt)}</span>
      </span>
      {/* Text as typed, rendered as text: never HTML. */}
      <span>{p.body}</span>
      <span className="public-secondary">赞 {p.likes}</span>
      {p.replies.length > 0 && (
        <ul className="public-stack public-list">
          {p.replies.map((r) => (
            <li key={r.id} className="public-secondary">
              {r.author}：{r.body}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** 我要留言: no account; the post shows only after the staff approve it. */
function PostForm({ id }: { id: number }) {
  return (
    <PublicSubmitForm
      label="我要留言"
      submitLabel="提交留言"
      fields={[
        { label: '意见建议', name: 'body', max: DELIBERATION_LIMITS.body, required: true, multiline: true },
        { label: '称呼', name: 'name', max: DELIBERATION_LIMITS.name, hint: '不会公开' },
      ]}
      send={(v) => postPublic(`/api/public/deliberations/${id}/posts`, { ...v, kind: 'suggestion' })}
    />
  );
}

/** One public topic: what it asks, its participation, the approved posts, and the form while it is open. */
export function DeliberationTopicPage() {
  const id = num(useParams().id ?? null) ?? 0;
  const topic = useQuery({
    queryKey: ['public', 'deliberation', id],
    queryFn: () => api.get<Topic>(`/api/public/deliberations/${id}`),
    enabled: id > 0,
  });
  const t = topic.data;
  return (
    <PublicShell title={t?.title ?? '网上议政厅'}>
      <div className="public-stack">
        <Link to="/public/deliberations">← 全部议题</Link>
        {topic.isLoading && <p className="public-secondary">加载中…</p>}
        {topic.error && (
          <p role="alert" className="public-error">
            {topic.error.message}
          </p>
        )}
        {t && (
          <>
            <p className="public-secondary">
              {t.committeeName} · 征集时间 {period(t)}
            </p>
            <p style={{ whiteSpace: 'pre-wrap' }}>{t.description}</p>
            <p className="public-secondary" data-testid="public-counts">
              参与 {t.participants} 人次 · 留言 {t.posts} 条 · 建议 {t.suggestions} 条 · 访问 {t.visits} 人次
            </p>
            {t.open ? (
              <section className="public-stack" aria-labelledby="post-heading">
                <h2 id="post-heading" className="public-title">
                  我要留言
                </h2>
                <PostForm id={t.id} />
              </section>
            ) : (
              <p className="public-empty">征集已结束</p>
            )}
            <section className="public-stack" aria-labelledby="posts-heading">
              <h2 id="posts-heading" className="public-title">
                网友和委员留言
              </h2>
              {t.items.length === 0 && <p className="public-empty">还没有公开的留言</p>}
              <ul className="public-stack public-list">
                {t.items.map((p) => (
                  <PostCard key={p.id} p={p} />
                ))}
              </ul>
            </section>
          </>
        )}
      </div>
    </PublicShell>
  );
}
