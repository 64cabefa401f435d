import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, toQuery } from '../api/client';
import { PublicShell } from './PublicShell';

const PAGE_SIZE = 5;
const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** A published activity's outcomes (server/modules/consultation-activities/public.ts). */
interface Outcome {
  id: number;
  topic: string;
  formLabel: string;
  startsAt: string;
  place: string;
  suggestions: {
    id: number;
    sourceLabel: string;
    text: string;
    unitName: string;
    statusLabel: string;
    adoptionLabel: string | null;
    feedback: string | null;
    reason: string | null;
    percent: number;
    latestProgress: string | null;
  }[];
  problems: { id: number; text: string; solved: boolean; solution: string | null }[];
}
interface OutcomePage {
  committee: { id: number; name: string };
  items: Outcome[];
  total: number;
  page: number;
  pageSize: number;
}

const day = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(new Date(iso));

/** One suggestion: what was asked, which department, what it said and did. */
function Suggestion({ s }: { s: Outcome['suggestions'][number] }) {
  return (
    <li className="public-outcome" data-testid="public-suggestion">
      <p>
        <span className="public-tag">{s.sourceLabel}建议</span>
        {s.text}
      </p>
      <p className="public-secondary">
        责任部门：{s.unitName} · <strong>{s.adoptionLabel ?? s.statusLabel}</strong>
        {s.adoptionLabel && s.statusLabel !== s.adoptionLabel ? ` · ${s.statusLabel}` : ''}
        {s.percent > 0 ? ` · 落实进度 ${s.percent}%` : ''}
      </p>
      {s.feedback && <p>部门答复：{s.feedback}</p>}
      {s.reason && <p>理由：{s.reason}</p>}
      {s.latestProgress && <p>最新进展：{s.latestProgress}</p>}
    </li>
  );
}

/**
 * 协商成果公开 (no login): what members and residents suggested at each published activity, what the
 * responsible department answered and did, and the problems a grass-roots session got solved. The
 * answer to "只是一个说说话的地方": every suggestion shows where it went.
 */
export function ConsultationOutcomesPage() {
  const [params, setParams] = useSearchParams();
  const page = num(params.get('page')) ?? 1;
  const committeeId = num(params.get('committeeId'));
  const list = useQuery({
    queryKey: ['public-outcomes', committeeId, page],
    queryFn: () =>
      api.get<OutcomePage>(
        `/api/public/consultation/outcomes${toQuery({ committeeId, page, pageSize: PAGE_SIZE })}`,
      ),
  });
  const go = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <PublicShell title="协商成果公开">
      <div className="public-stack">
        {list.error && (
          <p role="alert" className="public-error">
            {(list.error as Error).message}
          </p>
        )}
        {data && (
          <p className="public-secondary" role="status">
            {data.committee.name} · 共 {data.total} 次协商活动公开了成果
          </p>
        )}
        {data?.items.map((o) => {
          const solved = o.problems.filter((p) => p.solved).length;
          return (
            <article key={o.id} className="public-card" data-testid="public-outcome">
              <span className="public-tag public-tag-red">{o.formLabel}</span>
              <h2 className="public-card-title">{o.topic}</h2>
              <span className="public-secondary">
                {day(o.startsAt)} · {o.place}
              </span>
              {o.suggestions.length > 0 && (
                <>
                  <h3 className="public-part">意见建议（{o.suggestions.length} 条）</h3>
                  <ul className="public-outcomes">
                    {o.suggestions.map((s) => (
                      <Suggestion key={s.id} s={s} />
                    ))}
                  </ul>
                </>
              )}
              {o.problems.length > 0 && (
                <>
                  <h3 className="public-part">
                    群众反映的问题（已解决 {solved} / {o.problems.length}）
                  </h3>
                  <ul className="public-outcomes">
                    {o.problems.map((p) => (
                      <li key={p.id} className="public-outcome">
                        <p>
                          <span className={p.solved ? 'public-tag' : 'public-tag public-tag-red'}>
                            {p.solved ? '已解决' : '办理中'}
                          </span>
                          {p.text}
                        </p>
                        {p.solution && <p className="public-secondary">{p.solution}</p>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          );
        })}
        {data && data.items.length === 0 && <p className="public-empty">暂无公开的协商成果</p>}
        {data && data.total > PAGE_SIZE && (
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
        )}
      </div>
    </PublicShell>
  );
}
