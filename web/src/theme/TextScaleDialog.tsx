import { FontSizeOutlined } from '@ant-design/icons';
import { Button, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { TEXT_SCALE_LABELS, TEXT_SCALES, type TextScale } from '../../../domain/text-scale';
import { useMessage } from '../feedback/message';
import { useTextScale } from './TextScaleProvider';

/**
 * 字号与长辈模式: one choice per step, applied as soon as it is picked (the page behind grows with
 * it), kept for the account when signed in and on this device otherwise.
 */
export function TextScaleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { scale, setScale } = useTextScale();
  const message = useMessage();
  const choose = async (next: TextScale) => {
    try {
      await setScale(next);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Modal
      title="字号与长辈模式"
      open={open}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          完成
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">放大整个页面的文字和按钮，方便阅读和点按。</Typography.Paragraph>
      <Radio.Group aria-label="字号" value={scale} onChange={(e) => choose(e.target.value as TextScale)}>
        <Space orientation="vertical">
          {TEXT_SCALES.map((s) => (
            <Radio key={s} value={s}>
              {TEXT_SCALE_LABELS[s]}（{s}%）
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Modal>
  );
}

/** The 字号 button of the login page, which has no user menu. */
export function TextScaleButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="text" icon={<FontSizeOutlined aria-hidden />} onClick={() => setOpen(true)}>
        字号
      </Button>
      <TextScaleDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
