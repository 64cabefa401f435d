import { ExpandOutlined, ScanOutlined } from '@ant-design/icons';
import { Button, Card, Input, List, Modal, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
import { useMessage } from '../../feedback/message';
import { useMeetingRefresh } from './api';
import { CodeScanner } from './CodeScanner';
import { Figures } from './Figures';
import type { MeetingView, Sitting } from './types';

interface CheckinResult {
  already: boolean;
  late: boolean;
  checkedInAt: string;
}

/** At the door: the member's 委员码 scanned by the camera, or typed when the camera is no help. */
function DoorScanner({ s, open, onClose }: { s: Sitting; open: boolean; onClose: () => void }) {
  const message = useMessage();
  const refresh = useMeetingRefresh();
  const [typed, setTyped] = useState('');
  const [log, setLog] = useState<string[]>([]);
  const submit = useCallback(
    async (code: string) => {
      try {
        const r = await api.post<CheckinResult>(`/api/meetings/sittings/${s.id}/member-code`, {
          code: code.trim(),
        });
        const text = r.already ? '此前已签到' : r.late ? '签到成功（迟到）' : '签到成功';
        setLog((l) => [`${formatTime(r.checkedInAt).slice(11, 16)} ${code}：${text}`, ...l].slice(0, 8));
        message.success(text);
        refresh();
      } catch (e) {
        message.error((e as Error).message);
      }
    },
    [s.id, message, refresh],
  );
  return (
    <Modal open={open} title={`${s.name}：扫委员码签到`} onCancel={onClose} footer={null} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <CodeScanner onCode={submit} />
        <Space.Compact style={{ width: '100%' }}>
          <Input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="输入委员码，如 123-456789"
            aria-label="委员码"
            onPressEnter={() => submit(typed)}
          />
          <Button type="primary" onClick={() => submit(typed)}>
            签到
          </Button>
        </Space.Compact>
        <List
          size="small"
          dataSource={log}
          renderItem={(l) => <List.Item>{l}</List.Item>}
          locale={{ emptyText: '尚未签到' }}
        />
      </Space>
    </Modal>
  );
}

/** 签到: per sitting its figures, the hall's QR screen, and the door scanner. */
export function CheckinTab({ m }: { m: MeetingView }) {
  const [door, setDoor] = useState<Sitting | null>(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {m.sittings.map((s) => (
        <Card
          key={s.id}
          size="small"
          title={s.name}
          extra={
            <Typography.Text type="secondary">
              签到开放：{formatTime(s.checkinOpensAt).slice(0, 16)} 至 {formatTime(s.endsAt).slice(11, 16)}
            </Typography.Text>
          }
        >
          {s.figures && <Figures f={s.figures} testId={`figures-${s.id}`} />}
          {m.abilities.manage && m.status === 'published' && (
            <Space wrap style={{ marginTop: 8 }}>
              <Button icon={<ExpandOutlined />} href={`/meetings/screen/${s.id}`} target="_blank">
                打开签到大屏
              </Button>
              <Button icon={<ScanOutlined />} onClick={() => setDoor(s)}>
                扫委员码签到
              </Button>
            </Space>
          )}
        </Card>
      ))}
      {door && <DoorScanner s={door} open onClose={() => setDoor(null)} />}
    </Space>
  );
}
