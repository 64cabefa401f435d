import { Button, Card, Checkbox, Empty, Input, Modal, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { DELIBERATION_LIMITS } from '../../../../domain/deliberations';
import { api, download } from '../../api/client';
import { InstructionStep } from '../../features/instructions/InstructionStep';
import { InstructionsOn } from '../../features/instructions/InstructionsOn';
import { useMessage } from '../../feedback/message';
import { type DeliberationView, useDeliberation, useHallRefresh, usePosts } from './api';

type Group = DeliberationView['groups'][number];

/** Asks for a group name (rename, merge, split). */
function useNameModal() {
  const [modal, holder] = Modal.useModal();
  const ask = (title: string, initial: string) =>
    new Promise<string | null>((resolve) => {
      let value = initial;
      void modal.confirm({
        title,
        icon: null,
        content: (
          <Input
            aria-label="分组名称"
            defaultValue={initial}
            maxLength={DELIBERATION_LIMITS.groupName}
            onChange={(e) => {
              value = e.target.value;
            }}
          />
        ),
        okText: '确定',
        cancelText: '取消',
        onOk: () => resolve(value.trim() || null),
        onCancel: () => resolve(null),
      });
    });
  return { ask, holder };
}

/** A group's posts with boxes to tick, for 拆分. */
function GroupPosts({ d, g, onSplit }: { d: DeliberationView; g: Group; onSplit: (ids: number[]) => void }) {
  const posts = usePosts(d.id, { groupId: g.id });
  const [picked, setPicked] = useState<number[]>([]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Checkbox.Group value={picked} onChange={(v) => setPicked(v as number[])} style={{ width: '100%' }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {posts.data?.items.map((p) => (
            <Checkbox key={p.id} value={p.id}>
              {p.body}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
      <Button disabled={picked.length === 0} onClick={() => onSplit(picked)}>
        选中的留言另成一组
      </Button>
    </Space>
  );
}

/**
 * 归类整理: the posts grouped by what they are about (key terms), each group with its counts and
 * representative posts; staff rename, merge and split groups, write the summary and print the
 * 专报 as Word, which leaders may instruct on.
 */
export function CompilePage() {
  const id = Number(useParams().id);
  const { data: d, isLoading, error } = useDeliberation(id);
  const [selected, setSelected] = useState<number[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [summary, setSummary] = useState('');
  const refresh = useHallRefresh();
  const message = useMessage();
  const { ask, holder } = useNameModal();
  useEffect(() => {
    if (d) setSummary(d.summary);
  }, [d]);
  if (isLoading) return <Skeleton active />;
  if (!d) return <Result status="404" title={(error as Error | null)?.message ?? '议题不存在'} />;
  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      void refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const base = `/api/deliberations/${d.id}`;
  const rename = async (g: Group) => {
    const name = await ask('重命名分组', g.name);
    if (name) await run(() => api.patch(`${base}/groups/${g.id}`, { name }), '已重命名');
  };
  const merge = async () => {
    const first = d.groups.find((g) => g.id === selected[0]);
    const name = await ask('合并分组', first?.name ?? '');
    if (!name) return;
    await run(() => api.post(`${base}/groups/merge`, { groupIds: selected, name }), '已合并');
    setSelected([]);
  };
  const split = async (g: Group, postIds: number[]) => {
    const name = await ask('新分组名称', `${g.name}（拆分）`);
    if (name) await run(() => api.post(`${base}/groups/${g.id}/split`, { postIds, name }), '已拆分');
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {holder}
      <Card
        size="small"
        title={`归类整理：${d.title}`}
        extra={<Link to={`/deliberations/${d.id}`}>返回议题</Link>}
      >
        <Space wrap>
          <Typography.Text type="secondary">
            留言 {d.counts.posts} 条 · 建议 {d.counts.suggestions} 条 · 参与 {d.counts.participants} 人次
          </Typography.Text>
          <Button type="primary" onClick={() => run(() => api.post(`${base}/groups/auto`), '已按关键词归类')}>
            {d.groups.length ? '重新自动归类' : '自动归类'}
          </Button>
          <Button disabled={selected.length < 2} onClick={merge}>
            合并选中的分组
          </Button>
          <Button onClick={() => download(`${base}/report.docx`)}>下载专报（Word）</Button>
          {d.abilities.instruct && <InstructionStep subjectType="deliberation" subjectId={d.id} />}
        </Space>
      </Card>
      <InstructionsOn subjectType="deliberation" subjectId={d.id} />
      {d.groups.length === 0 && <Empty description="尚未归类：点“自动归类”按关键词分组" />}
      {d.groups.map((g) => (
        <Card
          key={g.id}
          size="small"
          data-testid="compile-group"
          title={
            <Checkbox
              checked={selected.includes(g.id)}
              onChange={(e) =>
                setSelected((s) => (e.target.checked ? [...s, g.id] : s.filter((x) => x !== g.id)))
              }
            >
              {g.name}（{g.posts} 条）
            </Checkbox>
          }
          extra={
            <Space size={4}>
              <Button size="small" onClick={() => rename(g)}>
                重命名
              </Button>
              <Button size="small" onClick={() => setOpen(open === g.id ? null : g.id)}>
                拆分
              </Button>
            </Space>
          }
        >
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap size={4}>
              {g.terms.map((t) => (
                <Tag key={t}>{t}</Tag>
              ))}
              <Typography.Text type="secondary">
                建议 {g.suggestions} 条{g.adopted ? ` · 已采纳 ${g.adopted} 条` : ''}
              </Typography.Text>
            </Space>
            {g.representatives.map((r) => (
              <Typography.Paragraph key={r.id} style={{ margin: 0 }}>
                “{r.body}”{r.likes ? `（赞 ${r.likes}）` : ''}
              </Typography.Paragraph>
            ))}
            {open === g.id && <GroupPosts d={d} g={g} onSplit={(ids) => split(g, ids)} />}
          </Space>
        </Card>
      ))}
      <Card size="small" title="综述（专报正文）">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label="综述"
            rows={6}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
          <Button
            type="primary"
            onClick={() =>
              run(() => api.put(`${base}/summary`, { expectedVersion: d.version, summary }), '综述已保存')
            }
          >
            保存综述
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
