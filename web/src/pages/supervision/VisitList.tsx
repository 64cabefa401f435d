import { Card, List, Space, Typography } from 'antd';
import { type JointPart, PartTag, partNames } from '../../features/consultations/JointParts';
import { PlainText } from '../../features/opinions/common';
import type { PathStep } from '../consultations/ConsultationRecords';
import { VisitFiles } from './VisitFiles';
import { VisitStep } from './VisitStep';

interface Visit {
  id: number;
  committeeId: number;
  visitedOn: string;
  place: string;
  members: { id: number; name: string }[];
  findings?: string;
  notes?: string;
  files: { id: number; fileName: string; sizeBytes: number }[];
}

/**
 * Who records visits here and whom they may tick: the organiser's staff, the record's members; an
 * invited committee's staff (三级联动), the members they named for their part. Null for a reader.
 */
export function visitWriter(r: {
  canOrganise: boolean;
  canWritePart: boolean;
  members: { id: number; name: string }[];
  parts: JointPart[];
}) {
  const mine = r.parts.find((p) => p.mine);
  if (r.canOrganise) return { committeeId: mine?.committeeId, members: r.members };
  if (r.canWritePart && mine) return { committeeId: mine.committeeId, members: mine.members };
  return null;
}

/**
 * A group's visits or an inspection's itinerary: each visit with who was there, what was found, its
 * files, and on a joint record the committee whose part it is. Each committee files its own visits.
 */
export function VisitList<T>({
  url,
  visits,
  parts,
  writer,
  step,
  notesField,
  title,
}: {
  url: string;
  visits: Visit[];
  parts: JointPart[];
  writer: ReturnType<typeof visitWriter>;
  step: PathStep;
  notesField: 'findings' | 'notes';
  title: string;
}) {
  const names = partNames(parts);
  return (
    <Card
      size="small"
      title={`${title}（${visits.length}）`}
      extra={writer && <VisitStep step={step} members={writer.members} notesField={notesField} />}
    >
      <List
        dataSource={visits}
        rowKey="id"
        locale={{ emptyText: notesField === 'findings' ? '暂无监督活动' : '暂无行程' }}
        renderItem={(v) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <Space wrap size={4}>
                <Typography.Text strong>
                  {v.visitedOn} {v.place}
                </Typography.Text>
                <PartTag names={names} committeeId={v.committeeId} />
              </Space>
              <Typography.Text type="secondary">
                到场：{v.members.map((m) => m.name).join('、')}
              </Typography.Text>
              {v[notesField] && <PlainText text={v[notesField] ?? ''} />}
              <VisitFiles<T> url={url} visit={v} editable={writer?.committeeId === v.committeeId} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
