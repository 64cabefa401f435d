import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { INSTRUCTION_LEVEL_LABELS, INSTRUCTION_LEVELS } from '../../../../domain/instructions';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { beijingNow } from '../../components/pickerTime';
import { useOpinionRefresh } from '../opinions/api';
import { ListMultiSelect, ModalStep } from '../opinions/common';
import type { InstructionView } from './types';

interface Values {
  leaderName?: string;
  level: string;
  principal?: boolean;
  text: string;
  instructedOn: Dayjs;
  dueOn: Dayjs;
  unitIds: number[];
}

/**
 * 批示 on a document: a leader writes their own (their level and whether they are a principal
 * leader come from the catalogue); the office records a paper one, naming who gave it and their
 * level. Then the 批示's page opens, where the named units'
 * feedback will come in.
 */
export function InstructionStep({ subjectType, subjectId }: { subjectType: string; subjectId: number }) {
  const paper = useMe().data?.role !== 'leader';
  const navigate = useNavigate();
  const refresh = useOpinionRefresh();
  return (
    <ModalStep<Values>
      button={paper ? '登记批示' : '批示'}
      title={paper ? '登记领导批示' : '批示'}
      name="instruction"
      okText={paper ? '登记' : '批示'}
      buttonProps={{ type: paper ? 'default' : 'primary' }}
      initialValues={{
        level: 'county',
        instructedOn: beijingNow(),
        dueOn: beijingNow().add(30, 'day'),
        unitIds: [],
      }}
      onSubmit={async (v) => {
        const made = await api.post<InstructionView>('/api/instructions', {
          subjectType,
          subjectId,
          // A leader's own 批示 is of their level by the catalogue; a paper one says whose it is.
          ...(paper ? { leaderName: v.leaderName, level: v.level, principal: v.principal ?? false } : {}),
          text: v.text,
          instructedOn: v.instructedOn.format('YYYY-MM-DD'),
          dueOn: v.dueOn.format('YYYY-MM-DD'),
          unitIds: v.unitIds,
        });
        refresh();
        navigate(`/instructions/${made.id}`);
      }}
    >
      {paper && (
        <>
          <Form.Item
            name="leaderName"
            label="批示领导"
            rules={[{ required: true, message: '请填写批示领导' }]}
          >
            <Input maxLength={30} placeholder="如：张书记" />
          </Form.Item>
          <Form.Item name="level" label="领导层级" rules={[{ required: true }]}>
            <Select
              options={INSTRUCTION_LEVELS.map((l) => ({ value: l, label: INSTRUCTION_LEVEL_LABELS[l] }))}
            />
          </Form.Item>
          <Form.Item name="principal" valuePropName="checked">
            <Checkbox>党政主要领导</Checkbox>
          </Form.Item>
        </>
      )}
      <Form.Item name="text" label="批示内容" rules={[{ required: true, message: '请填写批示内容' }]}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
      <Form.Item name="unitIds" label="落实单位" rules={[{ required: true, message: '请选择落实单位' }]}>
        <ListMultiSelect url="/api/org/handling-units" placeholder="搜索单位名称" />
      </Form.Item>
      <Form.Item name="instructedOn" label="批示日期" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="dueOn" label="反馈期限" rules={[{ required: true, message: '请选择反馈期限' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </ModalStep>
  );
}
