import { Link, useLocation, useParams } from 'react-router';
import { formatDay } from '../components/format';
import { type PublicReply, usePublicProposal } from './api';
import { PublicShell } from './PublicShell';

const day = (v: string | null) => formatDay(v) || '—';

/** Server HTML: the server whitelists tags without attributes on output and strips contact data. */
function PublicHtml({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (see above)
  return <div className="public-html" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** One published reply: the unit, its category and the public text (sanitised by the server). */
function ReplyCard({ r }: { r: PublicReply }) {
  return (
    <section className="public-card">
      <div className="public-card-head">
        <h2 className="public-card-title">{r.unitName} 答复</h2>
        <span className="public-tag public-tag-red">{r.category}类</span>
      </div>
      <p className="public-secondary">
        {r.categoryLabel} · 公开于 {day(r.publishedAt)}
      </p>
      <PublicHtml html={r.bodyHtml} />
    </section>
  );
}

/** A published proposal with its text and its public replies (no login). */
export function ProposalDetailPage() {
  const { id } = useParams();
  const { search } = useLocation();
  const { data: p, error, isLoading } = usePublicProposal(Number(id));
  const facts: [string, string][] = p
    ? [
        ['编号', p.numberLabel ?? '—'],
        ['委员会', p.committeeName ?? '—'],
        ['届次会议', p.sessionName],
        ['类别', p.categoryName ?? '—'],
        ['提案人', p.proposerNames.join('、') || '—'],
        ['承办单位', p.units.map((u) => `${u.name}（${u.modeLabel}）`).join('、') || '—'],
      ]
    : [];
  return (
    <PublicShell title="公开提案详情">
      <div className="public-stack">
        <Link to={`/public/proposals${search}`}>← 返回列表</Link>
        {isLoading && <p className="public-secondary">加载中…</p>}
        {error && (
          <p role="alert" className="public-error">
            {(error as Error).message}
          </p>
        )}
        {p && (
          <>
            <section className="public-card">
              <h2 className="public-title">{p.title}</h2>
              <dl className="public-facts">
                {facts.map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
            <section className="public-card">
              <h2 className="public-card-title">提案内容</h2>
              {(
                [
                  ['情况', p.situationHtml],
                  ['分析', p.analysisHtml],
                  ['建议', p.recommendationHtml],
                ] as const
              )
                .filter(([, html]) => html)
                .map(([label, html]) => (
                  <section key={label}>
                    <h3 className="public-part">{label}</h3>
                    <PublicHtml html={html} />
                  </section>
                ))}
            </section>
            {p.replies.map((r) => (
              <ReplyCard key={r.id} r={r} />
            ))}
          </>
        )}
      </div>
    </PublicShell>
  );
}
