import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space } from 'antd';

/** 场次: each a name, start and end, and a place if it differs from the meeting's. */
export function SittingsList() {
  return (
    <Form.List name="sittings">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Space key={f.key} wrap align="start" data-testid={`sitting-${i}`}>
              <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '请填写场次名称' }]}>
                <Input placeholder="场次名称" aria-label={`第 ${i + 1} 场 名称`} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'startsAt']} rules={[{ required: true, message: '请选择开始时间' }]}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  placeholder="开始时间"
                  aria-label={`第 ${i + 1} 场 开始时间`}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'endsAt']} rules={[{ required: true, message: '请选择结束时间' }]}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  placeholder="结束时间"
                  aria-label={`第 ${i + 1} 场 结束时间`}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'place']}>
                <Input
                  placeholder="地点（与会议不同时填写）"
                  aria-label={`第 ${i + 1} 场 地点`}
                  style={{ width: 200 }}
                />
              </Form.Item>
              {fields.length > 1 && (
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={`删除第 ${i + 1} 场`}
                  onClick={() => remove(f.name)}
                />
              )}
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ name: `第${fields.length + 1}场` })}>
            增加场次
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
