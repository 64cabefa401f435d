import { Card, List, Space, Tag, Typography } from 'antd';
import { useMe } from '../../api/session';
import type { ConsultationView } from '../../features/consultations/types';
import { InstructionStep } from '../../features/instructions/InstructionStep';
import { InstructionsOn } from '../../features/instructions/InstructionsOn';
import { OutputStep, SendOutputStep, type Step } from './ConsultationRecords';

/** A 纪要 is the activity's record; the 协商专报 and 建议案 go to the leaders, who may instruct on them once sent. */
const instructable = (o: ConsultationView['outputs'][number]) => o.kind !== 'minutes' && !!o.sentOn;

/** 成果: the 纪要, 协商专报 and 建议案 with their Word files, 报送, and the 批示 on what was sent. */
export function ConsultationOutputs({ c, step }: { c: ConsultationView; step: Step }) {
  const { data: me } = useMe();
  const a = c.abilities;
  const mayInstruct = me?.role === 'leader' || a.writeOutput;
  const sent = c.outputs.filter(instructable);
  return (
    <>
      <Card size="small" title="成果" extra={a.writeOutput && <OutputStep step={step} />}>
        <List
          dataSource={c.outputs}
          rowKey="id"
          locale={{ emptyText: '暂无成果' }}
          renderItem={(o) => (
            <List.Item
              extra={
                <Space wrap>
                  {!o.sentOn && a.sendOutput && <SendOutputStep step={step} outputId={o.id} />}
                  {instructable(o) && mayInstruct && (
                    <InstructionStep subjectType="consultationReport" subjectId={o.id} />
                  )}
                </Space>
              }
            >
              <Space wrap size={4}>
                <Tag>{o.kindLabel}</Tag>
                <a href={`/api/consultations/${c.id}/outputs/${o.id}/document.docx`}>{o.title}（Word）</a>
                <Typography.Text type="secondary">
                  {o.sentOn ? `${o.sentOn} 报送${o.sentTo}` : '未报送'}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {sent.map((o) => (
        <InstructionsOn key={o.id} subjectType="consultationReport" subjectId={o.id} />
      ))}
    </>
  );
}
