import { useQuery } from '@tanstack/react-query';
import { Card, Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';

/** 委员码: the member's code of the day, as a QR for the door's scanner and as text to read out. */
export function MemberCodePage() {
  const { data } = useQuery({
    queryKey: ['member-code'],
    queryFn: () => api.get<{ code: string; validOn: string }>('/api/meetings/member-code'),
  });
  const [image, setImage] = useState('');
  useEffect(() => {
    if (data) void QRCode.toDataURL(data.code, { width: 320, margin: 1 }).then(setImage);
  }, [data]);
  if (!data) return <Spin />;
  return (
    <Card style={{ maxWidth: 420, margin: '0 auto', textAlign: 'center' }}>
      {image && <img src={image} alt="委员码二维码" style={{ width: '100%', maxWidth: 320 }} />}
      <Typography.Title level={3} data-testid="member-code" style={{ letterSpacing: 2 }}>
        {data.code}
      </Typography.Title>
      <Typography.Text type="secondary">{data.validOn} 当日有效，请向会场入口的工作人员出示</Typography.Text>
    </Card>
  );
}
