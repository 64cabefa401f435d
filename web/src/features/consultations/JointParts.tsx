import { Card, Form, List, Select, Space, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import { useMessage } from '../../feedback/message';
import { ModalStep } from '../opinions/common';
import { depthBelow, useCommittees } from '../org/committees';
import { CosignerPicker } from '../proposals/CosignerPicker';

/** One committee's part of a joint activity (联动协商), as the server's `parts` present it. */
export interface JointPart {
  committeeId: number;
  committeeName: string;
  organiser: boolean;
  mine: boolean;
  members: { id: number; name: string }[];
  speeches?: number;
  /** A supervision group's or inspection's part: the visits it recorded. */
  visits?: number;
  suggestions: number;
}

/** The parts' committee names by id, for labelling each record with its part; none for a single part. */
export function partNames(parts: JointPart[]): Map<number, string> {
  return parts.length > 1 ? new Map(parts.map((p) => [p.committeeId, p.committeeName])) : new Map();
}

/** A record's part as a tag (联动 activities only). */
export function PartTag({ names, committeeId }: { names: Map<number, string>; committeeId: number }) {
  const name = names.get(committeeId);
  return name ? <Tag color="blue">{name}</Tag> : null;
}

/** 邀请联动委员会: the committees below the organiser, indented as the committee tree. */
function InviteStep({ organiser, invited, invite }: InviteProps) {
  const { data } = useCommittees();
  const items = data?.items ?? [];
  const root = items.find((c) => c.id === organiser);
  const options = root
    ? items
        .filter((c) => c.id !== root.id && c.path.startsWith(root.path))
        .map((c) => ({ value: c.id, label: c.name, depth: depthBelow(c.path, root.path) }))
    : [];
  return (
    <ModalStep<{ committeeIds: number[] }>
      button="邀请联动委员会"
      title="邀请联动委员会"
      name="joint-invite"
      okText="保存"
      initialValues={{ committeeIds: invited }}
      onSubmit={(v) => invite(v.committeeIds ?? [])}
    >
      <Form.Item name="committeeIds" label="联动委员会">
        <Select<number[]>
          mode="multiple"
          allowClear
          aria-label="联动委员会"
          placeholder="选择本会的下级委员会"
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          optionRender={(o) => <span style={{ paddingLeft: ((o.data.depth ?? 1) - 1) * 16 }}>{o.label}</span>}
        />
      </Form.Item>
    </ModalStep>
  );
}

interface InviteProps {
  organiser: number;
  invited: number[];
  invite: (committeeIds: number[]) => Promise<unknown>;
}

/** 确定本会参加委员: a participating committee's staff choose their own members. */
function MembersStep({ part, save }: { part: JointPart; save: (memberIds: number[]) => Promise<unknown> }) {
  return (
    <ModalStep<{ memberIds: number[] }>
      button="确定本会参加委员"
      title="确定本会参加委员"
      name="joint-members"
      okText="保存"
      initialValues={{ memberIds: part.members.map((m) => m.id) }}
      onSubmit={(v) => save(v.memberIds ?? [])}
    >
      <Form.Item name="memberIds" label="参加委员">
        <CosignerPicker
          label="参加委员"
          known={part.members.map((m) => ({ memberId: m.id, name: m.name }))}
        />
      </Form.Item>
    </ModalStep>
  );
}

export interface JointPartsProps<T> {
  /** The record's URL (an activity, a supervision group, an inspection). */
  url: string;
  /** The version shown, for a record with a workflow (an activity): a change made meanwhile is a 409. */
  version?: number;
  parts: JointPart[];
  canInvite: boolean;
  canSetMembers: boolean;
  /** Shows the record the server answers with. */
  onSaved: (next: T) => void;
}

/**
 * 联动协商 (三级联动): the organiser and each invited committee with its members and records; the
 * organiser's staff invite committees of their subtree, a participant's staff name their members.
 */
export function JointParts<T>({
  url,
  version,
  parts,
  canInvite,
  canSetMembers,
  onSaved,
}: JointPartsProps<T>) {
  const message = useMessage();
  if (!canInvite && parts.length < 2) return null;
  const invite = async (committeeIds: number[]) => {
    onSaved(await api.post<T>(`${url}/participants`, { committeeIds, expectedVersion: version }));
    message.success('联动委员会已更新');
  };
  const save = (committeeId: number) => async (memberIds: number[]) => {
    onSaved(
      await api.put<T>(`${url}/participants/${committeeId}/members`, {
        memberIds,
        expectedVersion: version,
      }),
    );
    message.success('本会参加委员已确定');
  };
  const organiser = parts.find((p) => p.organiser);
  return (
    <Card
      size="small"
      title="三级联动（各委员会的部分）"
      extra={
        canInvite &&
        organiser && (
          <InviteStep
            organiser={organiser.committeeId}
            invited={parts.filter((p) => !p.organiser).map((p) => p.committeeId)}
            invite={invite}
          />
        )
      }
    >
      <List
        dataSource={parts}
        rowKey="committeeId"
        renderItem={(p) => (
          <List.Item
            data-testid="joint-part"
            extra={
              p.mine && !p.organiser && canSetMembers && <MembersStep part={p} save={save(p.committeeId)} />
            }
          >
            <Space orientation="vertical" size={2}>
              <Space wrap size={4}>
                <Typography.Text strong>{p.committeeName}</Typography.Text>
                <Tag color={p.organiser ? 'red' : 'blue'}>{p.organiser ? '组织方' : '联动委员会'}</Tag>
                {p.mine && <Tag>本会</Tag>}
              </Space>
              {!p.organiser && (
                <Typography.Text type={p.members.length ? undefined : 'secondary'}>
                  参加委员：{p.members.map((m) => m.name).join('、') || '尚未确定'}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">
                {p.speeches !== undefined && `发言 ${p.speeches} · `}
                {p.visits !== undefined && `活动 ${p.visits} · `}意见建议 {p.suggestions}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
