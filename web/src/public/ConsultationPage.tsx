import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TOPIC_LIMITS } from '../../../domain/consultation-plan';
import { formatDay } from '../components/format';
import { type PublicPlanEntry, postPublic, usePublicCommittees, usePublicConsultation } from './api';
import { PublicShell } from './PublicShell';
import { PublicSubmitForm } from './PublicSubmitForm';

const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** One topic of the plan: month, form, title, who leads and who takes part. */
function EntryCard({ e }: { e: PublicPlanEntry }) {
  return (
    <li className="public-card" data-testid="plan-entry">
      <span>
        <span className="public-tag public-tag-red">{e.plannedMonth}月</span>
        <span className="public-tag">{e.formLabel}</span>
        <span className="public-tag">{e.sourceLabel}</span>
      </span>
      <h3 className="public-card-title">{e.title}</h3>
      <span>牵头政协领导：{e.leadName ?? '—'}</span>
      <span>承办部门：{e.organiser}</span>
      {e.units.length > 0 && <span>参与单位：{e.units.join('、')}</span>}
    </li>
  );
}

/** 提交协商议题 (社会征题): no account; the topic shows here only after the staff approve it. */
function TopicForm({ committeeId }: { committeeId: number }) {
  return (
    <PublicSubmitForm
      label="提交协商议题"
      submitLabel="提交议题"
      fields={[
        { label: '议题', name: 'title', max: TOPIC_LIMITS.title, required: true },
        {
          label: '情况和建议',
          name: 'description',
          max: TOPIC_LIMITS.description,
          required: true,
          multiline: true,
        },
        { label: '姓名', name: 'name', max: TOPIC_LIMITS.name },
        { label: '联系方式', name: 'contact', max: TOPIC_LIMITS.contact, hint: '仅工作人员可见，不会公开' },
      ]}
      send={(v) => postPublic('/api/public/consultation/topics', { committeeId, ...v })}
    />
  );
}

/**
 * 协商议政 (no login): the committee's published annual consultation plan, the residents' topics
 * the staff approved, and the form to propose one. Readable on a 375 px phone.
 */
export function ConsultationPage() {
  const [params, setParams] = useSearchParams();
  const committees = usePublicCommittees();
  const committeeId = num(params.get('committeeId'));
  const page = usePublicConsultation(committeeId);
  const selectId = useId();
  const data = page.data;
  const plan = data?.plan;
  return (
    <PublicShell title="协商议政">
      <div className="public-stack">
        <p className="public-secondary">
          <Link to="/public/proposals">提案答复公开查询</Link>
        </p>
        <p className="public-secondary">
          <Link to={`/public/consultation/outcomes${data ? `?committeeId=${data.committee.id}` : ''}`}>
            协商成果：建议了什么，部门怎么办的
          </Link>
        </p>
        <div className="public-filters">
          <label htmlFor={selectId}>委员会</label>
          <select
            id={selectId}
            value={data?.committee.id ?? committeeId ?? ''}
            onChange={(e) => setParams({ committeeId: e.target.value })}
          >
            {committees.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        {page.error && (
          <p role="alert" className="public-error">
            {(page.error as Error).message}
          </p>
        )}
        {!data && page.isLoading && <p className="public-secondary">加载中…</p>}
        {data && (
          <section className="public-stack" aria-labelledby="plan-heading">
            <h2 id="plan-heading" className="public-title">
              {plan ? plan.snapshot.title : '年度协商计划'}
            </h2>
            {plan ? (
              <>
                <p className="public-secondary">
                  {data.committee.name} · 经中共党委批准（{plan.documentNumber}，{plan.approvedOn}）
                  {plan.revision > 1 ? ` · 第 ${plan.revision} 次调整后` : ''}
                </p>
                {(plan.snapshot.frequencyNote || plan.snapshot.targets.length > 0) && (
                  <p className="public-secondary">
                    频次要求：{plan.snapshot.frequencyNote}
                    {plan.snapshot.targets.map((t) => `；${t.formLabel}不少于 ${t.minimum} 次`).join('')}
                  </p>
                )}
                <ol className="public-stack public-list">
                  {plan.snapshot.entries.map((e) => (
                    <EntryCard key={e.topicId} e={e} />
                  ))}
                </ol>
              </>
            ) : (
              <p className="public-empty">本年度协商计划尚未公布</p>
            )}
          </section>
        )}
        {data && (
          <section className="public-stack" aria-labelledby="form-heading">
            <h2 id="form-heading" className="public-title">
              我来出题
            </h2>
            <p className="public-secondary">
              欢迎就本地经济社会发展和群众关心的问题提出协商议题，无需注册。议题经工作人员审核后公开。
            </p>
            <TopicForm committeeId={data.committee.id} />
          </section>
        )}
        {data && data.topics.length > 0 && (
          <section className="public-stack" aria-labelledby="topics-heading">
            <h2 id="topics-heading" className="public-title">
              群众建言议题
            </h2>
            <ul className="public-stack public-list">
              {data.topics.map((t) => (
                <li key={t.id} className="public-card" data-testid="public-topic">
                  <h3 className="public-card-title">{t.title}</h3>
                  <span className="public-secondary">{formatDay(t.createdAt)}</span>
                  <span>{t.description}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </PublicShell>
  );
}
