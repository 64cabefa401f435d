import { SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, InputNumber } from 'antd';
import { useState } from 'react';
import { OPINION_MAX_CHARS_RANGE } from '../../../../domain/opinion-reports';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useMessage } from '../../feedback/message';
import { useDoc } from './api';

const SETTINGS = '/api/opinion-reports/settings';

/**
 * 字数上限: the committee's limit on a report's 情况, 分析 and 建议 together (1,500 by default), kept
 * by the 社情民意 editors; members see it counted as they type.
 */
export function MaxCharsStep() {
  const { data } = useDoc<{ maxChars: number }>(SETTINGS);
  const [open, setOpen] = useState(false);
  const qc = useQueryClient();
  const message = useMessage();
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)}>
        字数上限{data ? `：${data.maxChars}字` : ''}
      </Button>
      <FormModal<{ maxChars: number }>
        open={open}
        title="社情民意字数上限"
        name="maxChars"
        initialValues={data}
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          const saved = await api.put<{ maxChars: number }>(SETTINGS, v);
          qc.setQueryData(['doc', SETTINGS], saved);
          message.success(`字数上限已设为 ${saved.maxChars} 字`);
          setOpen(false);
        }}
      >
        <Form.Item
          name="maxChars"
          label="情况、分析、建议合计不超过（字）"
          rules={[{ required: true, message: '请填写字数上限' }]}
        >
          <InputNumber
            min={OPINION_MAX_CHARS_RANGE.min}
            max={OPINION_MAX_CHARS_RANGE.max}
            step={100}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
